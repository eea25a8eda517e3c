using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// One headless Debian Chromium per test run, shared by every test in <see cref="BrowserCollection"/>.
/// Playwright's own browser download is never used: it needs a host this machine cannot reach,
/// so the launch points at the distribution's binary instead.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Without the background-networking flags Chromium keeps dialling Google's hosts, which the
    // closed network refuses; --no-sandbox because CI runs as root.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    public async Task InitializeAsync()
    {
        BrowserTools.RequireChromium();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTools.ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A fresh, isolated browser context with one page. Requests to any host other than the
    /// loopback test server are blocked and recorded, so a test can assert the site asks no
    /// outside host for anything.
    /// </summary>
    public async Task<BrowserTab> OpenTabAsync(
        int width = 1280,
        int height = 800,
        ColorScheme colorScheme = ColorScheme.Light,
        string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            Locale = locale,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(30_000);
        return await BrowserTab.CreateAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
