using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// Proves each helper on the fixture sites in both directions: it passes the good site and
/// catches the planted fault, so a green real-site test means something.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserHarnessTests(BrowserFixture browser)
{
    private const string SubPath = "/zhenggai/test-site/";

    [Fact]
    public async Task Good_page_served_under_a_sub_path_loads_its_assets_and_links()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync(server.Url());
        var logoWidth = await tab.Page.EvaluateAsync<int>("() => document.querySelector('header img').naturalWidth");
        var bodyLineHeight = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).lineHeight");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "第一项整改任务" }).ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(server.Url("findings/1/"));
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("序号一：城市黑臭水体治理不到位");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "生态环境保护督察整改公示" }).ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(server.Url());
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("整改情况一览");

        Assert.Equal(40, logoWidth);
        Assert.NotEqual("normal", bodyLineHeight);
        Assert.Empty(server.Misses);
        Assert.Empty(tab.OutsideRequests);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Missing_page_gets_status_404_and_the_sites_404_page()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync(server.Url("findings/999/"), expectedStatus: 404);

        Assert.Equal("页面不存在", await tab.Page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("findings/1/")]
    [InlineData("404.html")]
    public async Task Axe_finds_no_violations_on_good_pages(string page)
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url(page));

        var violations = await AxeChecker.RunAsync(tab.Page);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        // Injecting axe must not trip the page's Content-Security-Policy (that would hide real CSP faults).
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Axe_finds_no_violations_in_dark_mode()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync(colorScheme: ColorScheme.Dark);
        await tab.GotoAsync(server.Url());

        var background = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var violations = await AxeChecker.RunAsync(tab.Page);

        Assert.Equal("rgb(20, 20, 20)", background);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Fact]
    public async Task Axe_reports_the_missing_lang_and_alt_on_the_broken_page()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Broken);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url());

        var violations = await AxeChecker.RunAsync(tab.Page);

        var lang = Assert.Single(violations, v => v.Id == "html-has-lang");
        var alt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.Equal("html", Assert.Single(lang.Nodes).Target);
        Assert.Equal("img", Assert.Single(alt.Nodes).Target);
        Assert.Equal("critical", alt.Impact);
    }

    [Fact]
    public async Task Overflow_probe_catches_a_600px_block_at_320px_and_passes_the_good_page()
    {
        await using var good = StaticSiteServer.Start(FixtureSites.Good);
        await using var broken = StaticSiteServer.Start(FixtureSites.Broken);
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync(good.Url());
        var goodAt320 = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);
        await tab.GotoAsync(broken.Url());
        var brokenAt320 = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);
        var brokenAt1280 = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 1280);

        Assert.False(goodAt320.Overflows, goodAt320.ToString());
        Assert.True(brokenAt320.Overflows, brokenAt320.ToString());
        Assert.Equal(320, brokenAt320.ClientWidth);
        Assert.True(brokenAt320.ScrollWidth >= 600, brokenAt320.ToString());
        Assert.Equal(["div.too-wide"], brokenAt320.WideElements);
        Assert.False(brokenAt1280.Overflows, brokenAt1280.ToString());
    }

    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_then_main_content()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url("findings/1/"));

        var first = await KeyboardProbe.PressTabAsync(tab.Page);
        await KeyboardProbe.PressAsync(tab.Page, "Enter");
        var afterSkip = await KeyboardProbe.PressTabAsync(tab.Page);

        Assert.NotNull(first);
        Assert.Equal("跳到正文", first.Text);
        Assert.Equal("#main", first.Href);
        Assert.True(first.HasVisibleFocusIndicator, $"{first.OutlineStyle} {first.OutlineWidth} {first.BoxShadow}");
        Assert.NotNull(afterSkip);
        Assert.True(afterSkip.InsideMain, afterSkip.ToString());
        Assert.Equal("问题", afterSkip.Text);
        Assert.EndsWith("#main", tab.Page.Url);
    }

    [Fact]
    public async Task Tab_until_walks_every_link_in_order_and_stops_at_the_limit()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url());

        var toTable = await KeyboardProbe.TabUntilAsync(tab.Page, f => f.Text == "城市黑臭水体治理不到位");
        await tab.GotoAsync(server.Url());
        var capped = await KeyboardProbe.TabUntilAsync(tab.Page, _ => false, maxPresses: 3);

        Assert.Equal(["跳到正文", "首页", "第一项整改任务", "城市黑臭水体治理不到位"], toTable.Select(f => f?.Text));
        Assert.Equal(3, capped.Count);
    }

    [Fact]
    public async Task Requests_to_outside_hosts_are_blocked_and_recorded()
    {
        // The broken page has no Content-Security-Policy, which would stop the request before the network.
        await using var server = StaticSiteServer.Start(FixtureSites.Broken);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url());

        // What a page with a CDN stylesheet or an analytics beacon would do.
        await tab.Page.EvaluateAsync("() => fetch('http://cdn.example.invalid/x.css').catch(() => {})");

        Assert.Equal(["http://cdn.example.invalid/x.css"], tab.OutsideRequests);
    }

    [Fact]
    public async Task Content_security_policy_violations_show_up_as_console_errors()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url());

        // An inline style added by script is what default-src 'self' forbids.
        await tab.Page.EvaluateAsync("""
            () => { const s = document.createElement('style'); s.textContent = 'body{color:red}'; document.head.append(s); }
            """);
        await tab.Page.WaitForTimeoutAsync(100);

        Assert.Contains(tab.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
