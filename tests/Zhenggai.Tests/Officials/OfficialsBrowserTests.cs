using Microsoft.Playwright;
using Zhenggai.Tests.Browser;

namespace Zhenggai.Tests.Officials;

/// <summary>The officials' pages in Chromium, served over HTTP under a sub-path: accessible, within the CSP, and the redirects work.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficialsBrowserTests(BrowserFixture browser, OfficialsSiteFixture site) : IClassFixture<OfficialsSiteFixture>
{
    [Theory]
    [InlineData("findings/13/", false)]
    [InlineData("findings/22/", false)]
    [InlineData("units/", false)]
    [InlineData("units/eco-env/", false)]
    [InlineData("timeline/", false)]
    [InlineData("findings/13/", true)]
    [InlineData("timeline/", true)]
    public async Task PagesHaveNoAxeViolationsAndStayWithinTheSite(string page, bool dark)
    {
        await using var server = StaticSiteServer.Start(site.Output, OfficialsSiteFixture.SubPath);
        await using var tab = await browser.OpenTabAsync(colorScheme: dark ? ColorScheme.Dark : ColorScheme.Light);
        await tab.GotoAsync(server.Url(page));

        var violations = await AxeChecker.RunAsync(tab.Page);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.OutsideRequests);
        Assert.Empty(server.Misses);
    }

    [Fact]
    public async Task TheQrCodeLoadsAndTheCopyButtonAppearsWithScript()
    {
        await using var server = StaticSiteServer.Start(site.Output, OfficialsSiteFixture.SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(server.Url("findings/13/"));

        Assert.True(await tab.Page.EvaluateAsync<int>("() => document.querySelector('.qr img').naturalWidth") > 0);
        await Assertions.Expect(tab.Page.Locator("button[data-copy-target=citation-text]")).ToBeVisibleAsync();
        Assert.EndsWith($"网址：{server.Url("findings/13/")}".Replace("http://127.0.0.1:" + server.Port, "https://127.0.0.1"),
            await tab.Page.InnerTextAsync("#citation-text"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData("#result", "result")]
    [InlineData("#完成情况", "完成情况")]
    [InlineData("#%E6%95%B4%E6%94%B9%E6%8E%AA%E6%96%BD", "整改措施")]
    [InlineData("", null)]
    public async Task TheOldAddressLeadsToTheSamePartOfTheNewPage(string fragment, string? id)
    {
        await using var server = StaticSiteServer.Start(site.Output, OfficialsSiteFixture.SubPath);
        await using var tab = await browser.OpenTabAsync();
        await tab.Page.GotoAsync(server.Url("findings/12/") + fragment, new() { WaitUntil = WaitUntilState.Commit });
        // Polls the address instead of waiting for a navigation event, which may already have passed.
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(server.Url("findings/13/"))),
            new() { Timeout = 30_000 });

        Assert.Equal("医疗废物贮运管理存在薄弱环节", await tab.Page.InnerTextAsync("#finding-title"));
        var hash = await tab.Page.EvaluateAsync<string>("() => decodeURIComponent(location.hash)");
        Assert.Equal(id is null ? "" : "#" + id, hash);
        if (id is not null)
            Assert.True(await tab.Page.EvaluateAsync<bool>($"() => document.getElementById({System.Text.Json.JsonSerializer.Serialize(id)}) !== null"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task WithoutScriptTheMetaRefreshStillLeadsThere()
    {
        // Scripting switched off the way a reader's browser setting does it, so the parser
        // reads <noscript> as markup (Playwright's JavaScriptEnabled only stops scripts running).
        await using var server = StaticSiteServer.Start(site.Output, OfficialsSiteFixture.SubPath);
        using var playwright = await Playwright.CreateAsync();
        await using var noScript = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserTools.ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--blink-settings=scriptEnabled=false"],
        });
        var page = await noScript.NewPageAsync();
        await page.GotoAsync(server.Url("findings/12/"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page).ToHaveURLAsync(server.Url("findings/13/"), new() { Timeout = 30_000 });
        Assert.Equal("医疗废物贮运管理存在薄弱环节", await page.InnerTextAsync("#finding-title"));
    }
}
