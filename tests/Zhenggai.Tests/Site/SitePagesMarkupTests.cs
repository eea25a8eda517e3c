using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Site;

/// <summary>
/// Every page of the repository's own site, read as markup: what the Content-Security-Policy
/// would block, the page structure screen readers rely on, and counts that agree everywhere.
/// </summary>
public sealed class SitePagesMarkupTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private static readonly Uri SiteBase = new("http://site.test/");
    private static readonly Regex CountInLabel = new(@"(\d+)", RegexOptions.CultureInvariant);

    [Fact]
    public void No_page_has_inline_script_inline_style_or_event_handler_attributes()
    {
        var faults = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            faults.AddRange(page.QuerySelectorAll("script:not([src])").Select(_ => $"{file}: inline <script>"));
            faults.AddRange(page.QuerySelectorAll("style").Select(_ => $"{file}: <style> element"));
            faults.AddRange(page.QuerySelectorAll("[style]").Select(e => $"{file}: style attribute on <{e.LocalName}>"));
            faults.AddRange(page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{file}: {a.Name} on <{e.LocalName}>")));
            faults.AddRange(page.QuerySelectorAll("a[href^='javascript:']").Select(_ => $"{file}: javascript: link"));
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public void Every_page_has_the_landmarks_a_skip_link_to_main_and_zh_CN()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            Assert.True(page.DocumentElement.GetAttribute("lang") == "zh-CN", file);
            var skip = page.Body!.QuerySelector("a")!;
            Assert.True(skip.ClassList.Contains("skip-link") && skip.GetAttribute("href") == "#main", $"{file}: first link is {skip.OuterHtml}");
            Assert.True(page.QuerySelectorAll("main#main").Length == 1, $"{file}: one <main id=main>");
            Assert.True(page.QuerySelectorAll("body > header").Length == 1, $"{file}: one banner header");
            Assert.True(page.QuerySelectorAll("body > footer").Length == 1, $"{file}: one contentinfo footer");
            Assert.True(page.QuerySelectorAll("nav").All(n => n.HasAttribute("aria-label")), $"{file}: every <nav> is named");
        }
    }

    [Fact]
    public void Every_page_has_one_h1_and_headings_never_skip_a_level()
    {
        foreach (var file in site.HtmlFiles())
        {
            var levels = site.Page(file).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count(l => l == 1) == 1 && levels[0] == 1, $"{file}: headings {string.Join(",", levels)}");
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i - 1]} followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Every_link_says_where_it_goes()
    {
        string[] vague = ["点击这里", "这里", "更多", "详情", "链接", "click here", "more"];
        foreach (var file in site.HtmlFiles())
        {
            foreach (var a in site.Page(file).QuerySelectorAll("a[href]"))
            {
                var name = (a.TextContent + a.GetAttribute("aria-label") + string.Concat(a.QuerySelectorAll("img[alt]").Select(i => i.GetAttribute("alt")))).Trim();
                Assert.True(name.Length > 0, $"{file}: a link without a name: {a.OuterHtml}");
                Assert.DoesNotContain(name, vague);
            }
        }
    }

    [Fact]
    public void Home_page_counts_by_theme_and_status_agree_with_the_records_and_with_the_lists_they_link_to()
    {
        var records = site.Records;
        var home = site.Page("index.html");

        var themeLinks = home.QuerySelectorAll(".overview .count-grid a").ToList();
        Assert.NotEmpty(themeLinks);
        foreach (var link in themeLinks)
        {
            var key = link.GetAttribute("href")!.Trim('/').Split('/')[^1];
            var expected = records.Count(r => r.Themes.Contains(key));
            Assert.Equal(expected, CountIn(link.QuerySelector(".count-num")!));
            Assert.Equal(expected, Rows($"themes/{key}/index.html"));
            Assert.Contains($"（{expected}项）", site.Page($"themes/{key}/index.html").QuerySelector("h1")!.TextContent);
        }

        var statusCards = home.QuerySelectorAll(".status-cards a").ToList();
        Assert.Equal(records.Select(r => r.Status).Distinct().Count(), statusCards.Count);
        foreach (var card in statusCards)
        {
            var status = FindingStatus.All.Single(s => card.TextContent.Contains(s, StringComparison.Ordinal));
            var expected = records.Count(r => r.Status == status);
            Assert.Equal(expected, CountIn(card.QuerySelector(".status-card-num")!));
            Assert.Equal($"status/{FindingStatus.Key(status)}/", card.GetAttribute("href"));
            Assert.Equal(expected, Rows($"status/{FindingStatus.Key(status)}/index.html"));
        }

        Assert.Equal(records.Count, CountIn(home.QuerySelector(".overview-total strong")!));
        Assert.Equal(records.Count, Rows("index.html"));
        Assert.Equal(records.Count, Rows("findings/index.html"));
    }

    [Fact]
    public void Status_filters_on_every_list_count_the_rows_of_the_page_they_link_to()
    {
        var lists = site.HtmlFiles().Where(f => site.Page(f).QuerySelector(".status-filter") is not null).ToList();
        Assert.Contains("index.html", lists);
        Assert.Contains(lists, f => f.StartsWith("themes/", StringComparison.Ordinal) && f.Contains("/status/", StringComparison.Ordinal));

        foreach (var file in lists)
        {
            var page = new Uri(SiteBase, file);
            foreach (var link in site.Page(file).QuerySelectorAll(".status-filter a"))
            {
                var target = new Uri(page, link.GetAttribute("href")!).AbsolutePath.TrimStart('/');
                var targetFile = target.EndsWith(".html", StringComparison.Ordinal) ? target : target + "index.html";
                Assert.True(CountIn(link.QuerySelector(".count-num")!) == Rows(targetFile), $"{file}: {link.TextContent.Trim()} → {targetFile}");
            }
        }
    }

    [Fact]
    public void Home_page_lists_every_finding_in_number_order_with_its_status_in_words()
    {
        var rows = site.Page("index.html").QuerySelectorAll(".finding-list .finding-row").ToList();

        Assert.Equal(site.Records.Select(r => r.Label), rows.Select(r => r.QuerySelector(".finding-label")!.TextContent));
        Assert.Equal(site.Records.Select(r => r.Status), rows.Select(r => r.QuerySelector(".status")!.TextContent[1..]));
        Assert.All(rows, r => Assert.Equal("true", r.QuerySelector(".status-mark")!.GetAttribute("aria-hidden")));
    }

    private int Rows(string file) => site.Page(file).QuerySelectorAll(".finding-list .finding-row").Length;

    private static int CountIn(IElement element) => int.Parse(CountInLabel.Match(element.TextContent).Value, System.Globalization.CultureInfo.InvariantCulture);
}
