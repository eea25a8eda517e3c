using System.Diagnostics;
using Microsoft.Playwright;
using Zhenggai.Render;
using Zhenggai.Settings;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// The repository's own site, built into a temp copy and opened in Chromium: accessibility
/// (axe-core, light and dark), no sideways scrolling at 320 px, the skip link, valid HTML, a
/// sub-path mount without a single 404 or outside request, the 大字 switch, and print.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SitePagesTests(BrowserFixture browser, SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private const string SubPath = "/gov/zhenggai/";

    /// <summary>Finding 1's measures and results pair up; finding 11's do not (one paragraph each).</summary>
    private const string PairedFinding = "findings/1/";
    private const string PlainFinding = "findings/11/";

    /// <summary>An address with nothing behind it, two folders deep: the server answers 404 with the site's 404.html.</summary>
    private const string Missing = "findings/999/no-such-page/";

    /// <summary>"theme" stands for the theme index with the most findings, so the page has a real list.</summary>
    private string Resolve(string page) => page == "theme" ? BusiestThemeUrl() : page;

    private string BusiestThemeUrl() =>
        "themes/" + site.Records.SelectMany(r => r.Themes).GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key + "/";

    [Theory]
    [InlineData("", "light")]
    [InlineData("", "dark")]
    [InlineData("theme", "light")]
    [InlineData("theme", "dark")]
    [InlineData(PairedFinding, "light")]
    [InlineData(PairedFinding, "dark")]
    [InlineData(PlainFinding, "light")]
    [InlineData(PlainFinding, "dark")]
    [InlineData(Missing, "light")]
    [InlineData(Missing, "dark")]
    public async Task Axe_finds_no_violations(string page, string scheme)
    {
        // At the root: 404.html links from LinkRoot ("/" in the repository's settings), see the sub-path 404 test.
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await tab.GotoAsync(server.Url(Resolve(page)), page == Missing ? 404 : 200);

        // best-practice adds the landmark, heading-order and skip-link rules to WCAG 2.1 A/AA.
        var violations = await AxeChecker.RunAsync(tab.Page, [.. AxeChecker.Wcag21AA, "best-practice"]);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        // The one miss allowed is the missing page itself (and the console line reporting its 404).
        var misses = server.Misses.Where(m => page != Missing || m != "/" + Missing).ToList();
        var errors = tab.ConsoleErrors.Where(e => page != Missing || !e.Contains("404", StringComparison.Ordinal)).ToList();
        Assert.True(misses.Count == 0, string.Join("\n", misses));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task With_LinkRoot_set_to_the_sub_path_the_404_page_is_styled_at_any_depth()
    {
        using var copy = TestSite.CopyOfRepo();
        var settings = copy.ReadText("statiq.json");
        copy.Write("statiq.json", settings.Replace("\"LinkRoot\": \"/\"", "\"LinkRoot\": \"" + SubPath + "\"", StringComparison.Ordinal));
        Assert.NotEqual(settings, copy.ReadText("statiq.json"));
        copy.Build();
        await using var server = StaticSiteServer.Start(copy.Output, SubPath);
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync(server.Url(Missing), 404);
        var fontSize = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();

        Assert.Equal("18px", fontSize);
        Assert.Equal(server.Url(), tab.Page.Url);
        Assert.Equal(["/gov/zhenggai/" + Missing], server.Misses);
    }

    [Fact]
    public async Task The_two_finding_pages_under_test_are_one_paired_and_one_plain()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync(server.Url(PairedFinding));
        var pairs = await tab.Page.Locator(".pair").CountAsync();
        await tab.GotoAsync(server.Url(PlainFinding));
        var plainPairs = await tab.Page.Locator(".pair").CountAsync();
        var plainParts = await tab.Page.Locator("section.part").CountAsync();

        Assert.True(pairs >= 2, $"{PairedFinding} shows {pairs} pairs");
        Assert.Equal(0, plainPairs);
        Assert.Equal(4, plainParts);
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_320px()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(width: 320, height: 640);
        var failures = new List<string>();
        var pages = site.HtmlFiles().ToList();

        foreach (var file in pages)
        {
            await tab.GotoAsync(server.Url(file));
            var overflow = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);
            if (overflow.Overflows) failures.Add($"{file}: {overflow}");
        }

        await tab.GotoAsync(server.Url(Missing), 404);
        var notFound = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);
        if (notFound.Overflows) failures.Add($"404 at {Missing}: {notFound}");

        Assert.Contains("index.html", pages);
        Assert.Contains(PairedFinding + "index.html", pages);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("")]
    [InlineData(PairedFinding)]
    [InlineData(PlainFinding)]
    public async Task With_the_larger_text_switch_on_pages_still_fit_320px(string page)
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(width: 320, height: 640);
        await tab.GotoAsync(server.Url(page));
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "大字" }).ClickAsync();

        var large = await tab.Page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('text-large')");
        var overflow = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);

        Assert.True(large);
        Assert.False(overflow.Overflows, overflow.ToString());
    }

    [Theory]
    [InlineData("", 640)]
    [InlineData("", 1280)]
    [InlineData(PairedFinding, 640)]
    [InlineData(PairedFinding, 1280)]
    [InlineData("theme", 640)]
    public async Task Text_at_200_percent_reflows_without_sideways_scrolling(string page, int width)
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(width: width);
        await tab.GotoAsync(server.Url(Resolve(page)));
        // What a reader's browser font-size setting does: everything in rem doubles.
        await tab.Page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");

        var body = await tab.Page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
        var overflow = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, width);

        Assert.Equal(36, body);
        Assert.False(overflow.Overflows, overflow.ToString());
    }

    [Fact]
    public async Task Larger_text_switch_grows_the_text_is_remembered_and_switches_back()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();
        const string bodySize = "() => parseFloat(getComputedStyle(document.body).fontSize)";
        await tab.GotoAsync(server.Url(PairedFinding));
        var button = tab.Page.GetByRole(AriaRole.Button, new() { Name = "大字" });
        var normal = await tab.Page.EvaluateAsync<double>(bodySize);

        await button.ClickAsync();
        var pressed = await button.GetAttributeAsync("aria-pressed");
        await tab.GotoAsync(server.Url(PlainFinding));
        var remembered = await tab.Page.EvaluateAsync<double>(bodySize);
        var pressedOnNextPage = await button.GetAttributeAsync("aria-pressed");
        await button.ClickAsync();
        await tab.GotoAsync(server.Url());
        var back = await tab.Page.EvaluateAsync<double>(bodySize);

        Assert.Equal(18, normal);
        Assert.Equal("true", pressed);
        Assert.True(remembered >= normal * 1.2, $"{remembered}px after switching on, {normal}px before");
        Assert.Equal("true", pressedOnNextPage);
        Assert.Equal(normal, back);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Without_JavaScript_the_larger_text_switch_is_hidden_and_pages_read_in_full()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Url(PairedFinding));

            Assert.False(await page.Locator(".text-size").IsVisibleAsync());
            Assert.True(await page.Locator("#problem .part-text").IsVisibleAsync());
            Assert.True(await page.Locator(".pair-result").First.IsVisibleAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(PairedFinding)]
    [InlineData("theme")]
    public async Task Tab_from_the_top_reaches_main_content_through_the_skip_link(string page)
    {
        await using var server = StaticSiteServer.Start(site.Site.Output, SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url(Resolve(page)));

        var first = await KeyboardProbe.PressTabAsync(tab.Page);
        await KeyboardProbe.PressAsync(tab.Page, "Enter");
        var afterSkip = await KeyboardProbe.PressTabAsync(tab.Page);

        Assert.NotNull(first);
        Assert.Equal("跳到正文", first.Text);
        Assert.Equal("#main", first.Href);
        Assert.True(first.HasVisibleFocusIndicator, first.ToString());
        Assert.NotNull(afterSkip);
        Assert.True(afterSkip.InsideMain, afterSkip.ToString());
        Assert.True(afterSkip.HasVisibleFocusIndicator, $"{afterSkip}: {afterSkip.OutlineStyle} {afterSkip.OutlineWidth}");
    }

    [Theory]
    [InlineData("")]
    [InlineData(PairedFinding)]
    public async Task Tab_visits_every_link_and_control_in_reading_order_with_a_visible_focus(string page)
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url(page));
        // Described the way KeyboardProbe describes the focused element; no tabindex > 0 on the
        // site, so the keyboard order must be the document order.
        var expected = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href], button, input, select, textarea')]
              .filter(e => e.getClientRects().length > 0 || e.classList.contains('skip-link'))
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
                + ' ' + (e.getAttribute('href') ?? ''))
            """);

        var stops = await KeyboardProbe.TabUntilAsync(tab.Page, _ => false, maxPresses: expected.Length);
        var reached = stops.Select(s => s is null ? "(nothing)" : s.Selector + " " + (s.Href ?? "")).ToArray();

        Assert.True(expected.Length > 10, string.Join("\n", expected));
        Assert.Equal(expected, reached);
        Assert.All(stops, s => Assert.True(s!.HasVisibleFocusIndicator, s.ToString()));
    }

    [Fact]
    public async Task On_a_wide_screen_the_summary_sits_beside_the_text_and_the_contents_stay_in_view_marking_the_part_read()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(width: 1280, height: 800);
        await tab.GotoAsync(server.Url(PairedFinding));
        const string box = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }";
        var main = await tab.Page.EvaluateAsync<double[]>(box, ".finding-main");
        var side = await tab.Page.EvaluateAsync<double[]>(box, ".finding-side");

        await tab.Page.EvaluateAsync("() => document.getElementById('result').scrollIntoView()");
        await tab.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var toc = await tab.Page.EvaluateAsync<double[]>(box, ".toc");
        var marked = await tab.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.toc a[aria-current=location]')].map(a => a.getAttribute('href'))");
        var scrolled = await tab.Page.EvaluateAsync<double>("() => window.scrollY");

        Assert.True(side[0] >= main[2], $"side column starts at {side[0]}, text ends at {main[2]}");
        Assert.True(scrolled > 800, $"scrolled {scrolled}px");
        Assert.True(toc[1] >= 0 && toc[3] <= 800, $"contents at {toc[1]}..{toc[3]} after scrolling");
        Assert.Contains("#result", marked);
        Assert.DoesNotContain("#problem", marked);
    }

    [Fact]
    public async Task On_a_phone_the_summary_and_contents_come_before_the_text_in_one_column()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync(width: 375, height: 800);
        await tab.GotoAsync(server.Url(PairedFinding));

        var tops = await tab.Page.EvaluateAsync<double[]>(
            "() => ['.summary', '.toc', '#problem', '.pair-measure', '.pair-result'].map(s => document.querySelector(s).getBoundingClientRect().top)");
        var lefts = await tab.Page.EvaluateAsync<double[]>(
            "() => ['.summary', '#problem', '.pair-measure'].map(s => document.querySelector(s).getBoundingClientRect().left)");

        Assert.Equal(tops.OrderBy(t => t), tops);
        Assert.All(lefts, l => Assert.Equal(lefts[0], l, 0.5));
    }

    [Fact]
    public async Task Nu_Html_Checker_finds_no_errors_in_the_whole_output()
    {

        var messages = await NuHtmlChecker.CheckAsync([site.Site.Output], errorsOnly: true, alsoCheckCss: true);

        Assert.True(messages.Count == 0, NuHtmlChecker.Describe(messages));
        Assert.True(site.HtmlFiles().Count() > site.Records.Count, "the output has a page per finding and the lists");
    }

    [Fact]
    public async Task Under_a_sub_path_every_page_loads_with_no_404_no_outside_request_and_no_console_error()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output, SubPath);
        await using var tab = await browser.OpenTabAsync();
        var pages = site.HtmlFiles().Where(f => f != "404.html").ToList();

        foreach (var file in pages)
        {
            var url = server.Url(file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            await tab.GotoAsync(url);
            // Same-site links in the header and body must resolve under the sub-path too.
            var hrefs = await tab.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href], link[href]')].map(a => a.href)");
            Assert.All(hrefs.Where(h => h.StartsWith("http", StringComparison.Ordinal)),
                h => Assert.StartsWith(server.BaseUrl, h, StringComparison.Ordinal));
        }

        Assert.Empty(server.Misses);
        Assert.Empty(tab.OutsideRequests);
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
    }

    [Fact]
    public async Task Status_is_shown_in_words_and_a_mark_never_by_colour_alone()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url());

        var labels = await tab.Page.Locator(".finding-list .status").AllInnerTextsAsync();

        Assert.Equal(site.Records.Count, labels.Count);
        Assert.All(labels.Zip(site.Records), x =>
        {
            Assert.Contains(x.Second.Status, x.First, StringComparison.Ordinal);
            Assert.True(x.First.Trim().Length > x.Second.Status.Length, $"no mark beside “{x.First}”");
        });
    }

    [Fact]
    public async Task A_finding_prints_on_A4_with_its_address_data_date_and_page_numbers_and_no_navigation()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url(PairedFinding));
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var hidden = await tab.Page.EvaluateAsync<string[]>("""
            () => ['.site-header', '.site-nav', '.breadcrumbs', '.toc', '.pager', '.skip-link']
              .filter(s => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none')
            """);

        var text = await PdfTextAsync(await tab.Page.PdfAsync(new() { PreferCSSPageSize = true }));
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();

        Assert.Empty(hidden);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.Contains("findings/1/", Squash(pages[0]));
        Assert.Contains("数据截至" + DataDateText(), Squash(pages[0]));
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"第{i + 1}页/共{pages.Count}页", Squash(pages[i]));
        Assert.DoesNotContain("跳到正文", Squash(text));
        Assert.DoesNotContain("本页目录", Squash(text));
    }

    [Fact]
    public async Task A_list_prints_as_a_table_with_a_header_row_and_one_row_per_finding()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url("findings/"));
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var layout = await tab.Page.EvaluateAsync<string[]>("""
            () => [
              getComputedStyle(document.querySelector('.finding-table')).display,
              getComputedStyle(document.querySelector('.finding-list-head')).display,
              getComputedStyle(document.querySelector('.finding-row')).display,
              getComputedStyle(document.querySelector('.finding-row .finding-title')).display,
              getComputedStyle(document.querySelector('.finding-row .status')).display,
            ]
            """);
        var rows = await tab.Page.Locator(".finding-row").CountAsync();
        var text = Squash(await PdfTextAsync(await tab.Page.PdfAsync(new() { PreferCSSPageSize = true })));

        Assert.Equal(["table", "table-header-group", "table-row", "table-cell", "table-cell"], layout);
        Assert.Equal(site.Records.Count, rows);
        Assert.Contains("序号问题整改状态主题", text);
        Assert.Contains(Squash(site.Records[^1].Title), text);
    }

    private string DataDateText() =>
        SiteViews.DateText(SettingsLoader.Load(site.Site.Root).Reports[0].DataDate)
        ?? throw new InvalidOperationException("the repository's statiq.json gives no DataDate");

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The text of a PDF as laid out (a table row stays on one line), pages separated by form feeds, read back with poppler's pdftotext.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "zhenggai-print-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-layout", "-enc", "UTF-8", file, "-" }) start.ArgumentList.Add(arg);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"pdftotext (poppler-utils) is needed to read the print preview. {BrowserTools.SetupHint}", e);
            }
            using (process)
            {
                var text = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
                return text;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
