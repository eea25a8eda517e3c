using AngleSharp.Html.Parser;
using Zhenggai.Check;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Check;

/// <summary>
/// The link check reads pages with AngleSharp's tokenizer instead of its DOM, for speed. These
/// tests hold it to what the DOM would give: same ids, same links in the same order.
/// </summary>
public sealed class PageLinkReaderTests : IClassFixture<SeedSiteFixture>
{
    private static readonly (string Selector, string Attribute)[] DomLinks =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("iframe[src]", "src"), ("source[src]", "src"), ("form[action]", "action"), ("object[data]", "data"),
        ("video[src]", "src"), ("audio[src]", "src"), ("embed[src]", "src"),
    ];

    private readonly SeedSiteFixture _seed;

    public PageLinkReaderTests(SeedSiteFixture seed) => _seed = seed;

    [Fact]
    public void Every_seed_page_gives_the_ids_and_links_of_the_full_DOM()
    {
        var reader = new PageLinkReader();
        var pages = _seed.HtmlFiles().ToList();
        Assert.True(pages.Count > 20);
        foreach (var page in pages)
        {
            var html = _seed.Site.ReadOutput(page);
            var read = reader.Read(html);
            var (ids, links) = FromDom(html);
            Assert.True(ids.SetEquals(read.Ids), $"{page}: ids differ");
            Assert.Equal(links, read.Links.Select(l => $"{l.Element} {l.Attribute}={l.Value} rel={l.Rel}").ToList());
        }
    }

    [Fact]
    public void Raw_text_comments_and_duplicate_attributes_are_read_as_a_browser_would()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>&lt;a href="x.html"&gt;</title>
            <script>var s = '<a href="in-script.html" id="no">';</script>
            <style>a[href="in-style.html"] { color: red }</style></head>
            <body><!-- <a href="in-comment.html"> --><textarea><img src="in-textarea.png"></textarea>
            <a href="a.html?x=1&amp;y=2" href="second.html" id="first" id="second" rel="external nofollow">x</a>
            <p id="">empty id</p><img src="data:image/png;base64,AAAA" alt=""></body></html>
            """;
        var read = new PageLinkReader().Read(html);
        Assert.Equal(["a href=a.html?x=1&y=2 rel=external nofollow", "img src=data:image/png;base64,AAAA rel="],
            read.Links.Select(l => $"{l.Element} {l.Attribute}={l.Value} rel={l.Rel}").ToList());
        Assert.True(read.Ids.SetEquals(["first", ""]));
        var (ids, links) = FromDom(html);
        Assert.True(ids.SetEquals(read.Ids));
        Assert.Equal(links, read.Links.Select(l => $"{l.Element} {l.Attribute}={l.Value} rel={l.Rel}").ToList());
    }

    // The check as it was first written: AngleSharp's DOM and one selector per kind of link, in document order.
    private static (HashSet<string> Ids, List<string> Links) FromDom(string html)
    {
        using var doc = new HtmlParser().ParseDocument(html);
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var selector = string.Join(", ", DomLinks.Select(l => l.Selector));
        var links = doc.QuerySelectorAll(selector).Select(e =>
        {
            var attribute = DomLinks.First(l => l.Selector.StartsWith(e.LocalName + "[", StringComparison.Ordinal)).Attribute;
            var rel = e.LocalName == "a" ? e.GetAttribute("rel") : null;
            return $"{e.LocalName} {attribute}={e.GetAttribute(attribute)} rel={rel}";
        }).ToList();
        return (ids, links);
    }
}
