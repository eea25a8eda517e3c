using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;

namespace Zhenggai.Tests.Officials;

public class AnchorTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public AnchorTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void EveryFindingPageHasTheEnglishAndChineseAnchorsOfEachPartInsideThatPart()
    {
        foreach (var r in SeedFindings.Records)
        {
            var doc = SeedSiteFixture.Parse(_site.WithHost, $"findings/{r.Number}/index.html");
            foreach (var part in FindingParts.All)
            {
                var english = doc.GetElementById(FindingParts.Anchor(part));
                var chinese = doc.GetElementById(FindingParts.Heading(part));
                Assert.NotNull(english);
                Assert.NotNull(chinese);
                // Both land in the same section, above its heading (measures and results side by
                // side share one section, with #result and #完成情况 at its top).
                var section = english!.Closest("section")!;
                Assert.Same(section, chinese!.Closest("section"));
                Assert.Contains(FindingParts.Heading(part), section.QuerySelector("h2")!.TextContent);
                Assert.True(chinese.CompareDocumentPosition(section.QuerySelector("h2")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
                Assert.Empty(chinese.TextContent);
            }
        }
    }

    [Fact]
    public void LinkCheckAcceptsLinksToChineseAnchorsRawAndPercentEncoded()
    {
        using var site = new TestSite([SeedFindings.Get(13)]);
        var links = new[]
        {
            "../findings/13/#问题", "../findings/13/#%E6%95%B4%E6%94%B9%E6%8E%AA%E6%96%BD", "../findings/13/#完成情况",
            "../findings/13/#整改目标", "../findings/13/#result", "../findings/13/#problem",
        };
        site.Build(p => p.Add(new PageWithLinks("cite/index.html", links)));
    }

    [Fact]
    public void LinkCheckStillRejectsAnAnchorThatDoesNotExist()
    {
        using var site = new TestSite([SeedFindings.Get(13)]);
        var ex = Assert.Throws<DiagnosticException>(() => site.Build(p => p.Add(new PageWithLinks("cite/index.html", ["../findings/13/#结论"]))));
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0603" && d.Message.Contains("结论"));
    }

    private sealed class PageWithLinks(string path, IReadOnlyList<string> links) : IModule
    {
        public BuildPhase Phase => BuildPhase.Process;

        public void Execute(BuildContext context)
        {
            var body = string.Concat(links.Select(l => $"<a href=\"{l}\">x</a>\n"));
            context.Add(new SiteDocument(path, "test") { Content = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>") });
        }
    }
}
