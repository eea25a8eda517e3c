using System.Globalization;
using Microsoft.Playwright;

namespace SearchBench;

/// <summary>
/// Times queries on the real search page in Debian Chromium (headless, through Playwright; never
/// Playwright's own browser download). Times are taken inside the page with performance.now():
/// from the form's submit (what Enter does; typing adds the page's 250 ms pause first) until the
/// status line shows the count, which search.js sets after the first ten results are in the list,
/// and until two animation frames later, when they have been laid out and painted.
/// <list type="bullet">
/// <item>cold: a fresh browser context (empty HTTP cache, new engine), the page loaded and what it reads when it opens
/// read (meta.json, then large.json; the network idle for 500 ms), then the query;
/// also the CPU time of the page's main thread over the query, and of that the style and layout work (DevTools metrics);</item>
/// <item>warm: the same query again on that page (every file already in the engine's cache);</item>
/// <item>link: a fresh context opening search/?q=…, from navigation start until the results are shown.</item>
/// </list>
/// </summary>
internal static class BrowserBench
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    // Resolves with the time the status line first reports a result (or none), watching from before the query.
    private const string MeasureQuery = """
        async ([q, typed]) => {
          const input = document.getElementById('search-q');
          const form = document.getElementById('search-form');
          const status = document.getElementById('search-status-line');
          status.textContent = '';
          const before = performance.getEntriesByType('resource').length;
          const done = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (/找到|没有/.test(status.textContent)) { observer.disconnect(); resolve(performance.now()); }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
          input.value = q;
          const t0 = performance.now();
          // Submitted (Enter), or typed: one input event with the whole query, as an input method
          // commits a word; the page then waits its 250 ms pause, so that path includes the pause.
          if (typed) input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
          else form.requestSubmit();
          const shown = await done;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const painted = performance.now();
          const fetched = performance.getEntriesByType('resource').slice(before);
          // Time with at least one index file on its way: the rest is the page's own work (and, on a
          // loaded machine, waiting for a core).
          const spans = fetched.map((e) => [Math.max(e.startTime, t0), Math.min(e.responseEnd, shown)]).sort((a, b) => a[0] - b[0]);
          let waiting = 0, end = t0;
          for (const [a, b] of spans) { if (b > end) { waiting += b - Math.max(a, end); end = b; } }
          return {
            shown: shown - t0, painted: painted - t0, waiting, status: status.textContent,
            items: document.querySelectorAll('#search-results li.search-result').length,
            files: fetched.length, bytes: fetched.reduce((n, e) => n + e.encodedBodySize, 0),
          };
        }
        """;

    private const string WatchStatus = """
        window.__zgShown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const status = document.getElementById('search-status-line');
            if (status && /找到|没有/.test(status.textContent)) { observer.disconnect(); resolve(performance.now()); }
          });
          observer.observe(document, { childList: true, characterData: true, subtree: true });
        });
        """;

    private static readonly string[] TraceCategories =
    [
        "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "loading", "netlog",
        "disabled-by-default-v8.cpu_profiler", "toplevel", "blink.user_timing",
    ];

    public sealed record Timing(string Query, int Total, double Cold, double ColdMin, double ColdWaiting, double ColdThreadCpu, double ColdLayout, double ColdPainted, double Warm, double Link, double Typed, double TypedWaiting, int Files, long Bytes, string Problem);

    /// <param name="traceFolder">When set, the first cold run of each query is recorded as a Chromium trace
    /// (timeline, V8 sampling profile, network) into this folder, for finding where the time goes. Tracing
    /// slows the page, so those runs' times are left out of the medians.</param>
    /// <param name="pages">The search pages to time, relative to search/ ("" for the main one); with two, each
    /// repetition times both in turn, so that they meet the same machine state (the load drifts within a run).</param>
    public static async Task<List<List<Timing>>> RunAsync(string siteRoot, IReadOnlyList<(string Query, int Total)> queries, int repeats, string? traceFolder = null, IReadOnlyList<string>? pages = null)
    {
        pages ??= [""];
        await using var server = LocalStaticServer.Start(siteRoot);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
            Timeout = 60_000,
        });
        var page = server.BaseUrl + "search/";
        // One untimed query first, so that the first measured query does not also pay for the benchmark's
        // own warm-up (the server's JIT, the browser's first renderer and fonts): a real host and browser are warm.
        await using (var context = await NewContextAsync(browser))
        {
            var (tab, _) = await OpenSearchPageAsync(context, page);
            await MeasureAsync(tab, "整改");
        }
        var timings = pages.Select(_ => new List<Timing>()).ToList();
        foreach (var (query, total) in queries)
        {
            var cold = pages.Select(_ => new List<Measured>()).ToList();
            var warm = pages.Select(_ => new List<Measured>()).ToList();
            var typed = pages.Select(_ => new List<Measured>()).ToList();
            var link = pages.Select(_ => new List<double>()).ToList();
            var problems = pages.Select(_ => new List<string>()).ToList();
            if (traceFolder is not null)
            {
                await using var context = await NewContextAsync(browser);
                var (tab, _) = await OpenSearchPageAsync(context, page);
                Directory.CreateDirectory(traceFolder);
                await TraceAsync(await context.NewCDPSessionAsync(tab), Path.Combine(traceFolder, $"{timings[0].Count:D2}.json"), () => MeasureAsync(tab, query));
            }
            for (var r = 0; r < repeats; r++)
            {
                for (var v = 0; v < pages.Count; v++)
                {
                    // In turns, the other way round every other repetition, so that neither page always goes first.
                    var which = r % 2 == 0 ? v : pages.Count - 1 - v;
                    var url = page + pages[which];
                    await using (var context = await NewContextAsync(browser))
                    {
                        var (tab, errors) = await OpenSearchPageAsync(context, url);
                        // CPU time of the page's main thread, which the machine's load does not inflate.
                        var cdp = await context.NewCDPSessionAsync(tab);
                        await cdp.SendAsync("Performance.enable");
                        var before = await MetricsAsync(cdp);
                        var measured = await MeasureAsync(tab, query);
                        var after = await MetricsAsync(cdp);
                        cold[which].Add(measured with { ThreadCpu = (after["ThreadTime"] - before["ThreadTime"]) * 1000, Layout = (after["LayoutDuration"] + after["RecalcStyleDuration"] - before["LayoutDuration"] - before["RecalcStyleDuration"]) * 1000 });
                        warm[which].Add(await MeasureAsync(tab, query));
                        problems[which].AddRange(errors);
                    }
                    await using (var context = await NewContextAsync(browser))
                    {
                        var (tab, errors) = await OpenSearchPageAsync(context, url);
                        typed[which].Add(await MeasureAsync(tab, query, typed: true));
                        problems[which].AddRange(errors);
                    }
                    await using (var context = await NewContextAsync(browser))
                    {
                        await context.AddInitScriptAsync(WatchStatus);
                        var tab = await context.NewPageAsync();
                        await tab.GotoAsync(url + "?q=" + Uri.EscapeDataString(query));
                        link[which].Add(await tab.EvaluateAsync<double>("() => window.__zgShown"));
                    }
                }
            }
            for (var v = 0; v < pages.Count; v++)
            {
                foreach (var m in cold[v].Concat(warm[v]).Concat(typed[v]))
                {
                    var expectedItems = Math.Min(10, total);
                    if (!m.Status.Contains(total == 0 ? "没有" : total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || m.Items != expectedItems)
                        problems[v].Add($"page showed {m.Items} items and “{m.Status}”, expected {total} results");
                }
                var c = cold[v];
                timings[v].Add(new Timing(query, total, Median(c.Select(m => m.Shown)), c.Min(m => m.Shown), Median(c.Select(m => m.Waiting)),
                    Median(c.Select(m => m.ThreadCpu)), Median(c.Select(m => m.Layout)), Median(c.Select(m => m.Painted)),
                    Median(warm[v].Select(m => m.Shown)), Median(link[v]), Median(typed[v].Select(m => m.Shown)), Median(typed[v].Select(m => m.Waiting)), c[0].Files, c[0].Bytes, string.Join("; ", problems[v].Distinct())));
            }
        }
        return timings;
    }

    /// <summary>A new tab on the search page, ready for a query (meta.json read), and the list its page errors and console errors go to.</summary>
    private static async Task<(IPage Tab, List<string> Errors)> OpenSearchPageAsync(IBrowserContext context, string page)
    {
        var tab = await context.NewPageAsync();
        var errors = new List<string>();
        tab.PageError += (_, e) => errors.Add(e);
        tab.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await tab.GotoAsync(page);
        // The selects fill once meta.json is read.
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('#search-status option').length > 1");
        // And whatever else the page reads when it opens: a reader takes longer than that to type a query.
        await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (tab, errors);
    }

    private sealed record Measured(double Shown, double Painted, double Waiting, string Status, int Items, int Files, long Bytes)
    {
        public double ThreadCpu { get; init; }

        public double Layout { get; init; }
    }

    /// <summary>Records a Chromium trace (the events DevTools' Performance panel shows) of one run into a JSON file.</summary>
    private static async Task TraceAsync(ICDPSession cdp, string path, Func<Task> run)
    {
        var events = new List<System.Text.Json.JsonElement>();
        var complete = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e is { } data) lock (events) events.AddRange(data.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Environment.GetEnvironmentVariable("ZG_TRACE_NO_SAMPLING") is null
                ? TraceCategories : TraceCategories.Where(c => !c.Contains("cpu_profiler", StringComparison.Ordinal)).ToArray() },
            ["transferMode"] = "ReportEvents",
        });
        await run();
        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(new { traceEvents = events }));
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("no metrics");
        return result.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    private static async Task<Measured> MeasureAsync(IPage tab, string query, bool typed = false)
    {
        var r = await tab.EvaluateAsync<System.Text.Json.JsonElement>(MeasureQuery, new object[] { query, typed });
        return new Measured(r.GetProperty("shown").GetDouble(), r.GetProperty("painted").GetDouble(), r.GetProperty("waiting").GetDouble(), r.GetProperty("status").GetString() ?? "",
            r.GetProperty("items").GetInt32(), r.GetProperty("files").GetInt32(), (long)r.GetProperty("bytes").GetDouble());
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser) =>
        await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "zh-CN" });

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
