using Microsoft.Playwright;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Browser;

/// <summary>The real search page in Chromium, served under a sub-path: typing a query shows exactly the findings that contain it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser, SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private const string SubPath = "/gov/zhenggai/";

    [Theory]
    [InlineData("黑土地")]
    [InlineData("非道路移动机械")]
    [InlineData("秸秆 英俊镇")]
    public async Task Typing_a_query_shows_exactly_the_findings_that_contain_it(string query)
    {
        await using var server = StaticSiteServer.Start(site.Site.Output, SubPath);
        await using var tab = await browser.OpenTabAsync(width: 1280);
        await tab.GotoAsync(server.Url("search/"));
        await tab.Page.Locator("#search-q").PressSequentiallyAsync(query);

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = site.Records
            .Where(r => words.All(w => Text(r).Contains(w, StringComparison.Ordinal)))
            .Select(r => $"findings/{r.Number}/").OrderBy(u => u, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        // The count is shown once every result of the query is in the list (results are placed as their
        // documents arrive, so a query typed half-way may briefly show some of its own first).
        await Assertions.Expect(tab.Page.Locator("#search-status-line")).ToContainTextAsync($"找到 {expected.Count} 项包含“{query}”");
        var links = tab.Page.Locator("#search-results li.search-result h2 a");
        await Assertions.Expect(links).ToHaveCountAsync(expected.Count);
        var hrefs = new List<string>();
        foreach (var a in await links.AllAsync())
        {
            var href = await a.EvaluateAsync<string>("a => new URL(a.href).pathname");
            Assert.StartsWith(SubPath, href);
            hrefs.Add(href[SubPath.Length..]);
        }
        Assert.Equal(expected, hrefs.OrderBy(u => u, StringComparer.Ordinal).ToList());
        Assert.Contains(expected.Count.ToString(), await tab.Page.Locator("#search-status-line").TextContentAsync());
        Assert.Contains(words[0], await tab.Page.Locator("#search-results mark").First.TextContentAsync());
        // Each result shows its 序号 label, themes and status, and a verbatim excerpt (read from the finding's open-data file).
        var results = tab.Page.Locator("#search-results li.search-result");
        Assert.Equal(expected.Count, await results.Locator(".search-result-label").CountAsync());
        Assert.Equal(expected.Count, await results.Locator(".search-result-themes").CountAsync());
        Assert.Equal(expected.Count, await results.Locator(".search-result-status").CountAsync());
        Assert.All(await results.Locator(".search-result-label").AllTextContentsAsync(), l => Assert.StartsWith("序号", l));
        var first = site.Records.Single(r => $"findings/{r.Number}/" == hrefs[0]);
        Assert.Equal(first.Title, await results.First.Locator("h2").TextContentAsync());
        var excerpt = (await results.First.Locator(".search-result-excerpt").TextContentAsync())!;
        var body = excerpt[(excerpt.IndexOf('：') + 1)..].Trim('…');
        Assert.Contains(body, Text(first), StringComparison.Ordinal);
        // The address follows once the results are painted.
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="));
        Assert.True(await tab.Page.Locator("#search-fallback").IsHiddenAsync());
        var violations = await AxeChecker.RunAsync(tab.Page, [.. AxeChecker.Wcag21AA, "best-practice"]);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        Assert.Empty(server.Misses);
        Assert.Empty(tab.OutsideRequests);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task More_results_follow_the_first_page_without_repeating_it()
    {
        await using var server = StaticSiteServer.Start(site.Site.Output, SubPath);
        await using var tab = await browser.OpenTabAsync(width: 1280);
        await tab.GotoAsync(server.Url("search/"));
        const string query = "的";
        var expected = site.Records.Where(r => Text(r).Contains(query, StringComparison.Ordinal)).Select(r => $"findings/{r.Number}/").ToList();
        Assert.True(expected.Count > 10, $"the seed has only {expected.Count} findings with {query}");
        await tab.Page.Locator("#search-q").PressSequentiallyAsync(query);

        var links = tab.Page.Locator("#search-results li.search-result h2 a");
        await Assertions.Expect(links).ToHaveCountAsync(10);
        // The first page comes from the ten best keys alone; the next one from the full ranking.
        await tab.Page.Locator("button.search-more").ClickAsync();
        await Assertions.Expect(links).ToHaveCountAsync(Math.Min(20, expected.Count));
        var hrefs = new List<string>();
        foreach (var a in await links.AllAsync()) hrefs.Add((await a.EvaluateAsync<string>("a => new URL(a.href).pathname"))[SubPath.Length..]);
        Assert.Equal(hrefs.Count, hrefs.Distinct().Count());
        Assert.Subset(expected.ToHashSet(), hrefs.ToHashSet());
        Assert.Empty(tab.ConsoleErrors);
    }

    private static string Text(FindingRecord r) => string.Join('\n', r.Title, r.Problem, r.Target, r.Measures, r.Result);
}
