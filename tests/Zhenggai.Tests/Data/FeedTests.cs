using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Zhenggai.Render.Feeds;

namespace Zhenggai.Tests.Data;

public sealed class FeedTests : IClassFixture<PlainSiteFixture>, IClassFixture<HostedSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly DataFixtureSite _plain;
    private readonly DataFixtureSite _hosted;

    public FeedTests(PlainSiteFixture plain, HostedSiteFixture hosted)
    {
        _plain = plain.Site;
        _hosted = hosted.Site;
    }

    private static XElement Feed(DataFixtureSite site) => XDocument.Parse(site.Text("feed.xml")).Root!;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FeedCarriesTheRequiredAtomElements(bool hosted)
    {
        var site = hosted ? _hosted : _plain;
        var feed = Feed(site);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.Equal("二道区生态环境保护督察整改公开", feed.Element(Atom + "title")?.Value);
        Assert.Equal("2025-05-01T00:00:00+08:00", feed.Element(Atom + "updated")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(site.Records.Count, entries.Count);
        foreach (var e in entries)
        {
            Assert.True(Uri.TryCreate(e.Element(Atom + "id")?.Value, UriKind.Absolute, out _), "entry ids are absolute IRIs");
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")?.Value, out _));
            Assert.Single(e.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void EntriesAreNewestFirstThenByNumber()
    {
        var entries = Feed(_plain).Elements(Atom + "entry").Select(e => (e.Element(Atom + "updated")!.Value, e.Element(Atom + "title")!.Value)).ToList();
        // 99 updated 2025-05-01, 10 updated 2025-04-20, then 4 and 25 carry the report's DataDate.
        Assert.Equal(["序号九十九", "序号十", "序号四", "序号二十五"], entries.Select(e => e.Item2.Split(' ')[0]));
        Assert.Equal(["2025-05-01T00:00:00+08:00", "2025-04-20T00:00:00+08:00", "2025-03-31T00:00:00+08:00", "2025-03-31T00:00:00+08:00"], entries.Select(e => e.Item1));
    }

    [Fact]
    public void FeedCarriesOnlyTheNewestEntriesUpToItsBound()
    {
        var all = XDocument.Parse(Encoding.UTF8.GetString(AtomFeed.Write(_plain.Records, _plain.Settings, "feed.xml").Content)).Root!;
        Assert.Equal(XDocument.Parse(_plain.Text("feed.xml")).ToString(), all.Document!.ToString());
        var bounded = XDocument.Parse(Encoding.UTF8.GetString(AtomFeed.Write(_plain.Records, _plain.Settings, "feed.xml", maxEntries: 2).Content)).Root!;
        Assert.Equal(["序号九十九", "序号十"], bounded.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value.Split(' ')[0]));
        // The feed's date is still its newest entry's.
        Assert.Equal(all.Element(Atom + "updated")!.Value, bounded.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void WithoutHostLinksAreRelativeAndIdsAreStableUrns()
    {
        var feed = Feed(_plain);
        Assert.StartsWith("urn:uuid:", feed.Element(Atom + "id")!.Value);
        var entry = feed.Elements(Atom + "entry").First();
        Assert.Equal("findings/99/", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("urn:uuid:", entry.Element(Atom + "id")!.Value);
        using var again = new DataFixtureSite();
        Assert.Equal(feed.ToString(), Feed(again).ToString());
    }

    [Fact]
    public void WithHostLinksAndIdsAreAbsolutePageAddresses()
    {
        var feed = Feed(_hosted);
        Assert.Equal("https://www.example.gov.cn/zhenggai/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://www.example.gov.cn/zhenggai/feed.xml",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        foreach (var e in feed.Elements(Atom + "entry"))
        {
            var id = e.Element(Atom + "id")!.Value;
            Assert.Matches("^https://www\\.example\\.gov\\.cn/zhenggai/findings/[0-9]+/$", id);
            Assert.Equal(id, e.Element(Atom + "link")!.Attribute("href")!.Value);
        }
        Assert.Equal("知识共享 署名 4.0 国际许可协议（CC BY 4.0）", feed.Element(Atom + "rights")!.Value);
    }

    [Fact]
    public void HostileTextIsVerbatimTextNotMarkup()
    {
        var raw = _plain.Text("feed.xml");
        Assert.DoesNotContain("<script>", raw);
        Assert.DoesNotContain("<b>", raw);
        var entry = Feed(_plain).Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value.StartsWith("序号九十九", StringComparison.Ordinal));
        Assert.Equal("序号九十九 " + DataFixtureSite.HostileTitle, entry.Element(Atom + "title")!.Value);
        Assert.Empty(entry.Element(Atom + "title")!.Elements());
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("text", (string?)content.Attribute("type"));
        Assert.Empty(content.Elements());
        Assert.Contains(DataFixtureSite.HostileProblem, content.Value);
        Assert.Contains("@cmd 以 @ 开头\n\\ 反斜杠开头\n## 像标题的段落", content.Value);
    }

    [Fact]
    public void CharactersXmlCannotCarryAreReplacedWithAWarning()
    {
        var entry = Feed(_plain).Elements(Atom + "entry").First();
        Assert.Contains("含垂直制表符\uFFFD在此", entry.Element(Atom + "content")!.Value);
        Assert.Contains(_plain.Result.Warnings, w => w.Code == "ZG0705" && w.File.EndsWith("099.md", StringComparison.Ordinal));
    }

    [Fact]
    public void PagesLinkTheFeedInTheirHead()
    {
        var doc = new HtmlParser().ParseDocument(_plain.Text("findings/25/index.html"));
        var link = doc.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("../../feed.xml", link?.GetAttribute("href"));
    }

    [Fact]
    public void UndatedFindingsAreLeftOutWithAWarning()
    {
        // Without the report's DataDate only 序号十 (updated: 2025-04-20) has a date.
        using var site = new DataFixtureSite(s => s["Reports"]![0]!.AsObject().Remove("DataDate"), hostile: false);
        var entries = Feed(site).Elements(Atom + "entry").ToList();
        Assert.Equal("序号十 部分污水处理厂管理还存在问题", Assert.Single(entries).Element(Atom + "title")!.Value);
        var warning = Assert.Single(site.Result.Warnings, w => w.Code == "ZG0704");
        Assert.Contains("2 findings", warning.Message);
    }

    [Fact]
    public void WithoutAnyDateThereIsNoFeedAndNoLinkToIt()
    {
        using var site = new DataFixtureSite(s => s["Reports"]![0]!.AsObject().Remove("DataDate"), hostile: false,
            prepare: root => File.Delete(Path.Combine(root, "input", "findings", "010.md")));
        Assert.False(site.Exists("feed.xml"));
        Assert.Contains(site.Result.Warnings, w => w.Code == "ZG0704");
        Assert.Null(new HtmlParser().ParseDocument(site.Text("index.html")).QuerySelector("link[type='application/atom+xml']"));
        Assert.DoesNotContain("feed.xml", site.Text("data/index.html"));
    }

    [Fact]
    public void NameBasedIdsFollowRfc9562()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
            NameBasedId.Create(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }
}
