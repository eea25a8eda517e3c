using AngleSharp.Html.Parser;
using Zhenggai.Check;
using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Write;

namespace Zhenggai.Tests.Officials;

public class LedgerTests
{
    private static FindingRecord Seed(int n) => SeedFindings.Get(n);

    [Fact]
    public void FirstBuildWritesEveryPageAddressSortedAndARebuildChangesNothing()
    {
        using var site = new TestSite([Seed(8), Seed(13), Seed(22)]);
        site.Build();
        var text = File.ReadAllText(site.LedgerPath);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(lines.OrderBy(l => l, StringComparer.Ordinal), lines);
        Assert.Equal(lines.Distinct(), lines);
        foreach (var expected in new[] { "/", "findings/", "findings/8/", "findings/13/", "findings/22/", "units/", "units/eco-env/", "timeline/", "search/" })
            Assert.Contains(expected, lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("assets/", StringComparison.Ordinal) || l == "404.html" || l.EndsWith(".svg", StringComparison.Ordinal));
        // Every line is a page of the output.
        foreach (var l in lines)
            Assert.True(site.OutputExists(PublishedUrlLedger.DocumentPathOf(l)), l);

        var before = File.ReadAllBytes(site.LedgerPath);
        var stamp = File.GetLastWriteTimeUtc(site.LedgerPath);
        site.Build();
        Assert.Equal(before, File.ReadAllBytes(site.LedgerPath));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(site.LedgerPath));
    }

    [Fact]
    public void ALaterPageThatAShorterListNoLongerNeedsLeadsToTheList()
    {
        using var site = new TestSite([Seed(8), Seed(13), Seed(22)], j => j["ListPageSize"] = 1);
        site.Build();
        Assert.Contains("findings/page/3/", File.ReadAllText(site.LedgerPath).Split('\n'));

        var settings = Path.Combine(site.Root, "statiq.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"ListPageSize\": 1", "\"ListPageSize\": 2", StringComparison.Ordinal));
        var result = site.Build();

        var redirect = new HtmlParser().ParseDocument(site.ReadOutput("findings/page/3/index.html"));
        Assert.Equal("findings/index.html", LinkCheck.Resolve("findings/page/3/index.html", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!, "/", false).Target);
        Assert.Contains(result.Log, l => l.Contains("`findings/page/3/` is no longer a page", StringComparison.Ordinal));
        Assert.True(site.OutputExists("findings/page/2/index.html"));
    }

    [Fact]
    public void RemovingAPublishedFindingWithoutRedirectFailsAndLeavesOutputAndLedgerUntouched()
    {
        using var site = new TestSite([Seed(8), Seed(13), Seed(22)]);
        site.Build();
        var output = site.Snapshot();
        var ledger = File.ReadAllBytes(site.LedgerPath);

        site.Delete(22);
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());

        var d = Assert.Single(ex.Diagnostics, x => x.Code == "ZG0802");
        Assert.True(d.IsError);
        Assert.Equal(PublishedUrlLedger.FileName, d.File);
        Assert.Contains("`findings/22/`", d.Message);
        Assert.Contains("redirect_from: [findings/22/]", d.Hint);
        Assert.Contains("input/findings/022.md", d.Hint);
        Assert.Equal(File.ReadAllText(site.LedgerPath).Split('\n').ToList().IndexOf("findings/22/") + 1, d.Line);
        Assert.Equal(output, site.Snapshot());
        Assert.Equal(ledger, File.ReadAllBytes(site.LedgerPath));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output-staging")));
    }

    [Fact]
    public void RedirectFromLeavesAPageAtTheOldAddressThatLeadsToTheNewOne()
    {
        using var site = new TestSite([Seed(8), Seed(13), Seed(22)]);
        site.Build();
        site.Delete(22);
        site.Write(Seed(13) with { RedirectFrom = ["findings/22/"] });

        var result = site.Build();

        Assert.DoesNotContain(result.Warnings, w => w.Code == "ZG0802");
        var html = site.ReadOutput("findings/22/index.html");
        var doc = new HtmlParser().ParseDocument(html);
        var refresh = doc.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content")!;
        Assert.StartsWith("0; url=", refresh);
        var href = refresh["0; url=".Length..];
        Assert.Equal(href, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var visible = doc.QuerySelector("body a[href]")!;
        Assert.Equal(href, visible.GetAttribute("href"));
        Assert.Contains("序号十三", visible.TextContent);
        Assert.DoesNotContain("//", href);
        Assert.StartsWith("../", href);
        // The link resolves, from the old address, to the new finding page.
        var (target, _) = LinkCheck.Resolve("findings/22/index.html", href, "/", rooted: false);
        Assert.Equal("findings/13/index.html", target);
        Assert.Contains("医疗废物贮运管理存在薄弱环节", site.ReadOutput(target));
        // Both addresses stay in the ledger.
        var lines = File.ReadAllLines(site.LedgerPath);
        Assert.Contains("findings/22/", lines);
        Assert.Contains("findings/13/", lines);
    }

    [Fact]
    public void RedirectPagesWorkUnderAnySubPathAndWithExplicitIndexFiles()
    {
        using var site = new TestSite([Seed(13) with { RedirectFrom = ["old/findings/12"] }], j => j["LinkHideIndexPages"] = false);
        site.Build();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("old/findings/12/index.html"));
        Assert.Equal("../../../findings/13/index.html", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("../../../assets/js/redirect.js", doc.QuerySelector("script")!.GetAttribute("src"));
        Assert.Contains("old/findings/12/", File.ReadAllLines(site.LedgerPath));
    }

    [Fact]
    public void RedirectFromOntoAnExistingPageIsAClash()
    {
        using var site = new TestSite([Seed(8), Seed(13) with { RedirectFrom = ["findings/8/"] }]);
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0715" && d.Message.Contains("findings/8/index.html"));
    }

    [Fact]
    public void TheLedgerOnlyGrowsAndStaysSorted()
    {
        using var site = new TestSite([Seed(13)]);
        site.Build();
        var first = File.ReadAllLines(site.LedgerPath);
        site.Write(Seed(8));
        site.Build();
        var second = File.ReadAllLines(site.LedgerPath);
        Assert.Empty(first.Except(second));
        Assert.Contains("findings/8/", second);
        Assert.DoesNotContain("findings/8/", first);
        Assert.Equal(second.OrderBy(l => l, StringComparer.Ordinal), second);
    }

    [Fact]
    public void AFailedBuildNeverWritesTheLedger()
    {
        using var site = new TestSite([Seed(13) with { Themes = ["no-such-theme"] }]);
        Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.False(File.Exists(site.LedgerPath));
        Assert.False(File.Exists(site.LedgerPath + ".tmp"));
    }

    [Fact]
    public void AStatusViewThatEmptiedRedirectsToItsListAndTheLogSaysSo()
    {
        using var site = new TestSite([Seed(13) with { Status = FindingStatus.NotCompleted }, Seed(8)]);
        site.Build();
        Assert.Contains("findings/status/not-completed/", File.ReadAllLines(site.LedgerPath));

        site.Write(Seed(13));
        var result = site.Build();

        Assert.DoesNotContain(result.Warnings, x => x.IsError);
        Assert.Contains("redirect: `findings/status/not-completed/` is no longer a page and now leads to `findings/`", result.Log);
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("findings/status/not-completed/index.html"));
        var href = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal("findings/index.html", LinkCheck.Resolve("findings/status/not-completed/index.html", href, "/", false).Target);
        // The home page's own status view goes to the home page.
        Assert.Contains("redirect: `status/not-completed/` is no longer a page and now leads to `/`", result.Log);
        var home = new HtmlParser().ParseDocument(site.ReadOutput("status/not-completed/index.html"));
        Assert.Equal("index.html", LinkCheck.Resolve("status/not-completed/index.html", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!, "/", false).Target);
    }

    [Fact]
    public void AFindingPageIsNeverRedirectedByGuesswork()
    {
        // findings/ exists, but a finding's address only moves when a record says where.
        using var site = new TestSite([Seed(8), Seed(13)]);
        site.Build();
        site.Delete(8);
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0802" && d.Message.Contains("`findings/8/`"));
    }

    [Fact]
    public void ABadLedgerLineIsReportedWithItsLine()
    {
        using var site = new TestSite([Seed(13)]);
        Directory.CreateDirectory(Path.GetDirectoryName(site.LedgerPath)!);
        File.WriteAllText(site.LedgerPath, "findings/13/\n../etc/passwd/\nfindings/13\n");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0801" && d.Line == 2);
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0801" && d.Line == 3);
    }

    [Fact]
    public void AnUnsafeRedirectFromIsRefused()
    {
        using var site = new TestSite([Seed(13) with { RedirectFrom = ["/"] }]);
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code is "ZG0306" or "ZG0803");
    }
}
