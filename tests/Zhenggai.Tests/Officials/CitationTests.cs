using AngleSharp.Html.Parser;
using Zhenggai.Records;

namespace Zhenggai.Tests.Officials;

public class CitationTests : IClassFixture<SeedSiteFixture>
{
    private const string Report = "第二轮吉林省生态环境保护督察反馈问题整改任务完成情况";
    private readonly SeedSiteFixture _site;

    public CitationTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void EveryFindingPageCarriesItsCitationWithTheAbsoluteAddress()
    {
        Assert.Equal(20, SeedFindings.Records.Count);
        foreach (var r in SeedFindings.Records)
        {
            var doc = SeedSiteFixture.Parse(_site.WithHost, $"findings/{r.Number}/index.html");
            var citation = doc.GetElementById("citation-text")!.TextContent;
            Assert.Equal($"《{Report}》{r.Label}“{r.Title}”（数据截至2025年3月31日），网址：{SeedSiteFixture.AbsoluteRoot}findings/{r.Number}/", citation);
            Assert.Null(doc.QuerySelector(".citation-note"));
            var button = doc.QuerySelector("button[data-copy-target]")!;
            Assert.Equal("citation-text", button.GetAttribute("data-copy-target"));
            Assert.True(button.HasAttribute("hidden"), "the copy button only appears when the script runs");
        }
    }

    [Fact]
    public void WithoutHostTheCitationGivesTheSiteAddressAndSaysSo()
    {
        foreach (var r in SeedFindings.Records)
        {
            var doc = SeedSiteFixture.Parse(_site.NoHost, $"findings/{r.Number}/index.html");
            Assert.EndsWith($"（数据截至2025年3月31日），网址：findings/{r.Number}/", doc.GetElementById("citation-text")!.TextContent);
            Assert.Contains("相对地址", doc.QuerySelector(".citation-note")!.TextContent);
        }
    }

    [Fact]
    public void TheCitationIsPlainTextEvenWhenTheTitleLooksLikeMarkup()
    {
        var title = "<b>扬尘</b> & “治理”";
        using var site = new TestSite([SeedFindings.Get(19) with { Title = title }], TestSite.WithHost("x.gov.cn"));
        site.Build();
        var html = site.ReadOutput("findings/19/index.html");
        Assert.DoesNotContain("<b>扬尘</b>", html);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal($"《{Report}》序号十九“{title}”（数据截至2025年3月31日），网址：https://x.gov.cn/findings/19/", doc.GetElementById("citation-text")!.TextContent);
    }

    [Fact]
    public void WithoutADataDateTheCitationLeavesTheDateOut()
    {
        using var site = new TestSite([SeedFindings.Get(8)], j => j["Reports"]![0]!.AsObject().Remove("DataDate"));
        site.Build();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("findings/8/index.html"));
        Assert.Equal($"《{Report}》序号八“汽车修理行业污染防治基础薄弱”，网址：findings/8/", doc.GetElementById("citation-text")!.TextContent);
    }
}
