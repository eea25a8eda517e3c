using Microsoft.Playwright;

namespace Zhenggai.Tests.Officials;

/// <summary>A real browser follows a redirect page and lands on the right part of the new page.</summary>
public class RedirectBrowserTests
{
    private static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("ZG_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"these tests need Chromium at {path} (Debian package `chromium`), or set ZG_CHROMIUM to its path");
        return path;
    }

    [Theory]
    [InlineData(true, "#result")]
    [InlineData(true, "#%E6%95%B4%E6%94%B9%E6%8E%AA%E6%96%BD")]
    [InlineData(false, "")]
    public async Task TheOldAddressLeadsToTheNewPage(bool javaScript, string fragment)
    {
        // Explicit index.html links, so the site works from file:// without a server.
        using var site = new TestSite([SeedFindings.Get(13) with { RedirectFrom = ["findings/12/"] }], j => j["LinkHideIndexPages"] = false);
        site.Build();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium(), Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var old = new Uri(Path.Combine(site.Output, "findings", "12", "index.html")).AbsoluteUri + fragment;
        await page.GotoAsync(old);
        await page.WaitForURLAsync(u => u.Contains("/findings/13/index.html", StringComparison.Ordinal), new() { Timeout = 30000, WaitUntil = WaitUntilState.Commit });
        Assert.EndsWith("/findings/13/index.html" + fragment, page.Url);
        Assert.Equal("医疗废物贮运管理存在薄弱环节", await page.InnerTextAsync("#finding-title"));
    }
}
