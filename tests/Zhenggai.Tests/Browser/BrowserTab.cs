using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// A page in its own browser context, with what a test usually wants to assert afterwards:
/// requests that tried to leave the machine, console errors (Content-Security-Policy
/// violations are reported there) and uncaught page errors.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> outsideRequests;
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly IBrowserContext context;

    // A pattern rather than a C# predicate: Playwright matches it inside the driver, so requests
    // to the test server are not stopped and sent over to .NET one by one for a decision.
    private static readonly Regex OutsideHost = new(
        @"^(https?|wss?)://(?!(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/)", RegexOptions.IgnoreCase);

    private BrowserTab(IBrowserContext context, IPage page, ConcurrentQueue<string> outsideRequests)
    {
        this.outsideRequests = outsideRequests;
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public IBrowserContext Context => context;

    /// <summary>Every URL the page asked for on a host other than 127.0.0.1/localhost (all were blocked).</summary>
    public IReadOnlyList<string> OutsideRequests => outsideRequests.ToArray();

    /// <summary>Console messages of type error, and uncaught exceptions, in arrival order.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors.ToArray();

    internal static async Task<BrowserTab> CreateAsync(IBrowserContext context)
    {
        var outside = new ConcurrentQueue<string>();
        await context.RouteAsync(OutsideHost, async route =>
        {
            outside.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        var page = await context.NewPageAsync();
        var tab = new BrowserTab(context, page, outside);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                tab.consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => tab.consoleErrors.Enqueue("uncaught: " + error);
        return tab;
    }

    /// <summary>Loads a URL and fails unless the server answered with the expected status.</summary>
    public async Task<IResponse> GotoAsync(string url, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {url}.");
        if (response.Status != expectedStatus)
        {
            throw new InvalidOperationException($"{url} answered {response.Status}, expected {expectedStatus}.");
        }

        return response;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
