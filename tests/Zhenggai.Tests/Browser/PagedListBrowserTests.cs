using Microsoft.Playwright;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// The repository's site with three rows per list page, in Chromium: a later page of a list
/// passes axe (light and dark), fits 320 px, and its pager takes a keyboard user to the next page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagedListBrowserTests(BrowserFixture browser, PagedListBrowserTests.PagedSite paged) : IClassFixture<PagedListBrowserTests.PagedSite>
{
    private const string Page2 = "findings/page/2/";

    public sealed class PagedSite : IDisposable
    {
        public PagedSite()
        {
            Site = TestSite.CopyOfRepo();
            var settings = Site.ReadText("statiq.json");
            var at = settings.IndexOf('{');
            Site.Write("statiq.json", settings[..(at + 1)] + "\n  \"ListPageSize\": 3," + settings[(at + 1)..]);
            Site.Build();
        }

        public TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site = paged.Site;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_later_page_of_a_list_passes_axe(string scheme)
    {
        await using var server = StaticSiteServer.Start(_site.Output);
        await using var tab = await browser.OpenTabAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await tab.GotoAsync(server.Url(Page2));

        var violations = await AxeChecker.RunAsync(tab.Page, [.. AxeChecker.Wcag21AA, "best-practice"]);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        Assert.Empty(server.Misses);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_pager_fits_a_phone_and_leads_on_by_keyboard()
    {
        await using var server = StaticSiteServer.Start(_site.Output);
        await using var tab = await browser.OpenTabAsync(width: 320, height: 640);
        await tab.GotoAsync(server.Url(Page2));

        var overflow = await LayoutProbe.MeasureHorizontalOverflowAsync(tab.Page, 320);
        Assert.False(overflow.Overflows, overflow.ToString());

        // Focus and Enter in one step, waiting for the navigation it starts.
        await tab.Page.RunAndWaitForNavigationAsync(() => tab.Page.Locator(".list-pager a[rel=next]").PressAsync("Enter"),
            new() { Url = server.Url("findings/page/3/") });
        Assert.Equal("3", (await tab.Page.Locator(".list-pager [aria-current=page]").TextContentAsync())![1..^1]);
        Assert.Empty(server.Misses);
    }
}
