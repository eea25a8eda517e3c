using AngleSharp.Html.Parser;
using Zhenggai.Check;
using Zhenggai.Render;

namespace Zhenggai.Tests.Officials;

public class UnitAndTimelinePageTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public UnitAndTimelinePageTests(SeedSiteFixture site) => _site = site;

    private static int[] LinkedFindings(AngleSharp.Dom.IElement scope, string pagePath, string selector) =>
        scope.QuerySelectorAll(selector)
            .Select(a => LinkCheck.Resolve(pagePath, a.GetAttribute("href")!, "/", false).Target)
            .Select(t => int.Parse(t.Split('/')[1]))
            .ToArray();

    [Fact]
    public void EachUnitPageListsExactlyTheFindingsThatNameIt()
    {
        foreach (var unit in SeedFindings.Settings.Units)
        {
            var page = $"units/{unit.Slug}/index.html";
            var doc = SeedSiteFixture.Parse(_site.WithHost, page);
            Assert.Equal(unit.Name, doc.QuerySelector("main h1")!.TextContent);
            var expected = SeedFindings.Records.Where(r => r.Units.Contains(unit.Name)).Select(r => r.Number).ToArray();
            Assert.Equal(expected, LinkedFindings(doc.QuerySelector(".list-section")!, page, ".finding-link"));
        }
    }

    [Fact]
    public void TheEcoEnvironmentBranchAndTheHealthBureauByHand()
    {
        var eco = SeedSiteFixture.Parse(_site.WithHost, "units/eco-env/index.html");
        Assert.Equal([8, 10, 13, 15, 16, 18, 22], LinkedFindings(eco.QuerySelector(".list-section")!, "units/eco-env/index.html", ".finding-link"));
        var health = SeedSiteFixture.Parse(_site.WithHost, "units/health/index.html");
        Assert.Equal([13], LinkedFindings(health.QuerySelector(".list-section")!, "units/health/index.html", ".finding-link"));
        // Its deadlines: measures （一） (names 区卫健局) and （二）1. 2. 4. (under 「（二）区卫健局整改措施」).
        Assert.Equal(["措施（一）", "措施（二）1.", "措施（二）2.", "措施（二）4."],
            health.QuerySelectorAll(".commitments .commitment-measure").Select(e => e.TextContent));
        // 序号十五: 区生态环境分局 is named in （一） only, so only its April deadline is the branch's.
        var ecoDeadlines = eco.QuerySelectorAll(".commitments .commitment")
            .Where(li => li.QuerySelector(".finding-label")!.TextContent == "序号十五")
            .Select(li => li.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(["2024-04"], ecoDeadlines);
    }

    [Fact]
    public void TheOverviewCountsEachUnit()
    {
        var doc = SeedSiteFixture.Parse(_site.WithHost, "units/index.html");
        var cards = doc.QuerySelectorAll(".unit-cards a").ToDictionary(a => a.QuerySelector(".count-label")!.TextContent, a => a.QuerySelector(".count-num")!.TextContent);
        Assert.Equal(SeedFindings.Settings.Units.Select(u => u.Name), cards.Keys);
        foreach (var unit in SeedFindings.Settings.Units)
            Assert.Equal($"{SeedFindings.Records.Count(r => r.Units.Contains(unit.Name))}项", cards[unit.Name]);
        Assert.Equal("7项", cards["区生态环境分局"]);
        Assert.Equal("1项", cards["市市场监管局二道分局"]);
        Assert.Contains("其中5项原文未写明具体单位", doc.QuerySelector(".derived-note")!.TextContent);
    }

    [Fact]
    public void AnUnknownUnitGetsAHashAddressAWarningAndEscaping()
    {
        var name = "区水利局<script>";
        using var site = new TestSite([SeedFindings.Get(13) with { Units = [name] }]);
        var result = site.Build();
        var slug = UnitDirectory.HashSlug(name);
        Assert.Matches("^u-[0-9a-f]{8}$", slug);
        var w = Assert.Single(result.Warnings, x => x.Code == "ZG0820");
        Assert.Contains($"units/{slug}/", w.Message);
        var html = site.ReadOutput($"units/{slug}/index.html");
        Assert.DoesNotContain("<script>", html.Replace("<script src=", ""));
        Assert.Equal(name, new HtmlParser().ParseDocument(html).QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void AUnitGivenAReadableSlugLaterRedirectsFromItsHashAddress()
    {
        using var site = new TestSite([SeedFindings.Get(13) with { Units = ["区水利局"] }]);
        site.Build();
        var old = $"units/{UnitDirectory.HashSlug("区水利局")}/";
        Assert.Contains(old, File.ReadAllLines(site.LedgerPath));

        File.WriteAllText(Path.Combine(site.Root, "statiq.json"), File.ReadAllText(Path.Combine(site.Root, "statiq.json"))
            .Replace("\"Units\": [", "\"Units\": [\n    { \"Name\": \"区水利局\", \"Slug\": \"water-resources\", \"Aliases\": [] },"));
        var result = site.Build();
        Assert.Contains(result.Log, l => l.StartsWith($"redirect: `{old}`", StringComparison.Ordinal) && l.EndsWith("`units/water-resources/`", StringComparison.Ordinal));
        var doc = new HtmlParser().ParseDocument(site.ReadOutput(old + "index.html"));
        Assert.Equal("units/water-resources/index.html",
            LinkCheck.Resolve(old + "index.html", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!, "/", false).Target);
    }

    [Fact]
    public void TheTimelineHoldsEveryCommitmentUnderItsMonth()
    {
        var doc = SeedSiteFixture.Parse(_site.WithHost, "timeline/index.html");
        var all = SeedFindings.Records.SelectMany(r => r.Deadlines.Select(c => (r, c))).ToList();
        Assert.Equal(all.Count, doc.QuerySelectorAll(".timeline-group .commitment").Length);
        foreach (var group in all.GroupBy(x => x.c.Due))
        {
            var section = doc.GetElementById("m-" + group.Key)!;
            var labels = section.QuerySelectorAll(".commitment .finding-label").Select(e => e.TextContent).ToList();
            Assert.Equal(group.Select(x => x.r.Label), labels);
        }
        Assert.Equal(["m-2024-04", "m-2024-06", "m-2024-07", "m-2024-08", "m-2024-09", "m-2024-10", "m-2024-12", "m-2025-08", "m-2025-12"],
            doc.QuerySelectorAll(".timeline-group").Select(s => s.Id));
        var aug2024 = doc.GetElementById("m-2024-08")!;
        Assert.Equal("序号十一", aug2024.QuerySelector(".finding-label")!.TextContent);
        var aug2025 = doc.GetElementById("m-2025-08")!;
        Assert.Contains("年份系推定", aug2025.TextContent);
        Assert.Contains("序号二十三", aug2025.TextContent);
        Assert.Contains("截至数据日期未到期限", aug2025.TextContent);
        Assert.Contains("自动", doc.QuerySelector("main")!.TextContent.Replace("整理而成", "自动整理"));
        Assert.Contains("由系统从", doc.QuerySelector(".derived-note")!.TextContent);
        Assert.StartsWith("共35项时限，截至数据日期已过期限33项", doc.QuerySelector(".timeline-summary")!.TextContent);
    }

    [Fact]
    public void EachFindingPageShowsItsOwnCommitmentsAfterTheMeasures()
    {
        foreach (var r in SeedFindings.Records)
        {
            var doc = SeedSiteFixture.Parse(_site.WithHost, $"findings/{r.Number}/index.html");
            var section = doc.GetElementById("commitments");
            if (r.Deadlines.Count == 0) { Assert.Null(section); continue; }
            Assert.Same(doc.GetElementById("measures"), section!.PreviousElementSibling);
            Assert.Equal(r.Deadlines.Select(c => c.Due), section.QuerySelectorAll(".commitment time").Select(t => t.GetAttribute("datetime")));
            Assert.Contains("由系统从", section.QuerySelector(".derived-note")!.TextContent);
            foreach (var (c, li) in r.Deadlines.Zip(section.QuerySelectorAll(".commitment")))
                Assert.Contains(c.Text, li.QuerySelector(".commitment-source")!.TextContent);
        }
    }

    [Fact]
    public void EachFindingPageLinksItsUnits()
    {
        foreach (var r in SeedFindings.Records)
        {
            var page = $"findings/{r.Number}/index.html";
            var doc = SeedSiteFixture.Parse(_site.WithHost, page);
            var links = doc.QuerySelectorAll(".summary .unit-tag").ToList();
            Assert.Equal(r.Units, links.Select(a => a.TextContent));
            foreach (var a in links)
                Assert.True(_site.WithHost.OutputExists(LinkCheck.Resolve(page, a.GetAttribute("href")!, "/", false).Target));
        }
    }
}
