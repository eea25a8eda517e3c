using System.Xml.Linq;
using Zhenggai.Render.Feeds;

namespace Zhenggai.Tests.Data;

public sealed class SitemapTests : IClassFixture<PlainSiteFixture>, IClassFixture<HostedSiteFixture>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly DataFixtureSite _plain;
    private readonly DataFixtureSite _hosted;

    public SitemapTests(PlainSiteFixture plain, HostedSiteFixture hosted)
    {
        _plain = plain.Site;
        _hosted = hosted.Site;
    }

    [Fact]
    public void SitemapListsEveryPageWithAbsoluteLocAndLastmod()
    {
        var root = XDocument.Parse(_hosted.Text("sitemap.xml")).Root!;
        Assert.Equal(Ns + "urlset", root.Name);
        var urls = root.Elements(Ns + "url").ToList();
        Assert.NotEmpty(urls);
        foreach (var u in urls)
        {
            Assert.StartsWith("https://www.example.gov.cn/zhenggai/", u.Element(Ns + "loc")!.Value);
            Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", u.Element(Ns + "lastmod")!.Value);
        }
        var locs = urls.Select(u => u.Element(Ns + "loc")!.Value).ToList();
        var pages = Directory.EnumerateFiles(_hosted.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_hosted.Output, f).Replace('\\', '/'))
            .Where(p => p != "404.html" && !_hosted.Text(p).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase))
            .Select(p => "https://www.example.gov.cn/zhenggai/" + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.Contains("https://www.example.gov.cn/zhenggai/data/", locs);
    }

    [Fact]
    public void LastmodIsTheFindingDateOnFindingPagesAndTheNewestElsewhere()
    {
        var lastmod = XDocument.Parse(_hosted.Text("sitemap.xml")).Root!.Elements(Ns + "url")
            .ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")!.Value);
        const string root = "https://www.example.gov.cn/zhenggai/";
        Assert.Equal("2025-04-20", lastmod[root + "findings/10/"]);
        Assert.Equal("2025-03-31", lastmod[root + "findings/25/"]);
        Assert.Equal("2025-05-01", lastmod[root + "findings/99/"]);
        Assert.Equal("2025-05-01", lastmod[root]);
    }

    [Fact]
    public void RobotsPointsAtTheSitemapWhenHostIsSet()
    {
        var robots = _hosted.Text("robots.txt");
        Assert.Contains("User-agent: *\nDisallow:\n", robots);
        Assert.Contains("\nSitemap: https://www.example.gov.cn/zhenggai/sitemap.xml\n", robots);
        Assert.StartsWith("#", robots); // served under a sub-path: says where robots.txt counts
    }

    [Fact]
    public void WithoutHostThereIsNoSitemapAndRobotsNamesNone()
    {
        Assert.False(_plain.Exists("sitemap.xml"));
        var robots = _plain.Text("robots.txt");
        Assert.Equal("User-agent: *\nDisallow:\n", robots);
        Assert.DoesNotContain("sitemap.xml", _plain.Text("data/index.html"));
        Assert.Contains("sitemap.xml", _hosted.Text("data/index.html"));
    }

    [Fact]
    public void ExplicitIndexFilesWhenLinkHideIndexPagesIsOff()
    {
        using var site = new DataFixtureSite(s => { DataFixtureSite.WithHost(s); s["LinkHideIndexPages"] = false; }, hostile: false);
        var locs = XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.All(locs, l => Assert.EndsWith("/index.html", l));
        Assert.Contains("https://www.example.gov.cn/zhenggai/index.html", locs);
    }

    [Fact]
    public void RobotsForASiteAtTheHostRoot()
    {
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://a.example/sitemap.xml\n", SitemapModule.Robots("/", "https://a.example/sitemap.xml"));
    }
}
