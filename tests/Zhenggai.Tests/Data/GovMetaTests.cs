using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Zhenggai.Tests.Data;

public sealed class GovMetaTests : IClassFixture<PlainSiteFixture>, IClassFixture<HostedSiteFixture>
{
    private static readonly string[] SiteTags = ["SiteName", "SiteDomain", "SiteIDCode", "ColumnName"];
    private static readonly string[] ArticleTags = ["ArticleTitle", "PubDate", "ContentSource", "Keywords"];
    private readonly DataFixtureSite _plain;
    private readonly DataFixtureSite _hosted;

    public GovMetaTests(PlainSiteFixture plain, HostedSiteFixture hosted)
    {
        _plain = plain.Site;
        _hosted = hosted.Site;
    }

    private static IDocument Page(DataFixtureSite site, string path) => new HtmlParser().ParseDocument(site.Text(path));

    private static string? Meta(IDocument doc, string name) =>
        doc.QuerySelectorAll("head meta[name]").SingleOrDefault(m => m.GetAttribute("name") == name)?.GetAttribute("content");

    [Fact]
    public void EveryPageCarriesTheSiteTagsFromSettings()
    {
        var pages = Directory.EnumerateFiles(_hosted.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        foreach (var file in pages)
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.Equal("长春市二道区人民政府", Meta(doc, "SiteName"));
            Assert.Equal("www.example.gov.cn", Meta(doc, "SiteDomain"));
            Assert.Equal("2201050001", Meta(doc, "SiteIDCode"));
            Assert.Equal("督察整改", Meta(doc, "ColumnName"));
            // One description only: meta names are case-insensitive in HTML.
            Assert.True(doc.QuerySelectorAll("meta[name]").Count(m => string.Equals(m.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase)) <= 1, file);
        }
    }

    [Fact]
    public void FindingPagesCarryArticleTagsFromTheRecord()
    {
        var ten = Page(_hosted, "findings/10/index.html");
        Assert.Equal("部分污水处理厂管理还存在问题", Meta(ten, "ArticleTitle"));
        Assert.Equal("2025-04-20", Meta(ten, "PubDate"));
        Assert.Equal("长春市二道区", Meta(ten, "ContentSource"));
        Assert.Equal("水,区生态环境分局,二道经济开发区", Meta(ten, "Keywords"));
        Assert.Equal("2025-03-31", Meta(Page(_hosted, "findings/25/index.html"), "PubDate"));
        Assert.StartsWith("部分污水处理厂管理还存在问题。", Meta(ten, "description"));
    }

    [Fact]
    public void HostileTitleIsAnAttributeValueVerbatim()
    {
        var doc = Page(_plain, "findings/99/index.html");
        Assert.Equal(DataFixtureSite.HostileTitle, Meta(doc, "ArticleTitle"));
        Assert.Empty(doc.QuerySelectorAll("head b, head script:not([src])"));
    }

    [Fact]
    public void UnsetValuesAreOmittedNotEmpty()
    {
        foreach (var path in new[] { "index.html", "findings/10/index.html", "data/index.html" })
        {
            var doc = Page(_plain, path);
            foreach (var name in SiteTags) Assert.Null(Meta(doc, name));
            Assert.DoesNotContain(doc.QuerySelectorAll("meta[name]"), m => string.IsNullOrEmpty(m.GetAttribute("content")));
        }
        var home = Page(_hosted, "index.html");
        foreach (var name in ArticleTags) Assert.Null(Meta(home, name));
    }
}
