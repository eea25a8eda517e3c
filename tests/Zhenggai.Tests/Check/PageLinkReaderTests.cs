using AngleSharp.Html.Parser;
using CsCheck;
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
    public void Values_met_again_are_read_the_same_whatever_else_shares_their_slot_or_reader()
    {
        // Far more distinct values than the per-thread table has slots, repeated, non-ASCII among them,
        // and two readers taking turns on one thread (each with a table of its own while it reads).
        var readers = new[] { new PageLinkReader(), new PageLinkReader() };
        for (var i = 0; i < 30_000; i++)
        {
            var id = i % 3 == 0 ? $"整改{i % 5000}" : $"v{i % 9000}";
            var href = $"../../findings/{i % 11000}/#part-{i % 4}";
            var read = readers[i / 7000 % 2].Read(System.Text.Encoding.UTF8.GetBytes($"<p id=\"{id}\"><a href=\"{href}\" rel=\"r{i % 13}\">x</a></p>"));
            Assert.Equal(id, Assert.Single(read.Ids));
            var link = Assert.Single(read.Links);
            Assert.Equal(href, link.Value);
            Assert.Equal($"r{i % 13}", link.Rel);
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

    [Fact]
    public void Every_seed_page_is_read_by_the_fast_scanner_with_the_tokenizer_s_answer()
    {
        var reader = new PageLinkReader();
        foreach (var page in _seed.HtmlFiles())
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(_seed.Site.ReadOutput(page));
            var plain = reader.ReadPlain(bytes);
            Assert.True(plain is not null, $"{page}: the fast scanner gave up on a page the templates wrote");
            AssertSame(reader.Read(System.Text.Encoding.UTF8.GetString(bytes)), plain!, page);
        }
    }

    [Fact]
    public void Pages_outside_the_plain_subset_are_still_read_as_the_tokenizer_reads_them()
    {
        var reader = new PageLinkReader();
        string[] pieces =
        [
            "<a href=\"a.html\">", "<A HREF='b.html' ID=x>", "<a href=c.html rel=external>", "<a href=\"d.html\" href=\"e.html\">",
            "<img src=\"i.png\" id=\"i\"/>", "<p id=\"\">", "<p id=\"&amp;\">", "<a href=\"q?x=1&amp;y=2\">", "<a href=\"q?x=1&y=2\">",
            "<a href=\"&#x41;&#66;&quot;\">", "<a href=\"&copy;\">", "<a href=\"&#0;\">", "<!-- <a href=\"no.html\"> -->", "<!---->", "<!-->",
            "<!DOCTYPE html>", "<![CDATA[x]]>", "<script src=\"s.js\"></script>", "<script>var a = '<a href=\"x\">';</script>",
            "<style>a{}</style>", "<title>&lt;a href=\"t\"&gt;</title>", "<textarea><a href=\"ta\"></textarea>", "</p>", "</p class=\"x\">",
            "text < more", "1 <2", "a\r\nb", "<a href=\"x\r\ny\">", "<a href=\"unterminated>", "<a/b>", "<a href = \"sp.html\" >",
            "<p id=one id=two>", "<svg><path d=\"M0 0\"/></svg>", "<form action=\"f/\">", "<link rel=\"icon\" href=\"l.png\">", "中文", "\0",
        ];
        int plain = 0, fallback = 0;
        Gen.Int[0, pieces.Length - 1].Array[0, 12].Sample(picks =>
        {
            var html = string.Concat(picks.Select(i => pieces[i]));
            var bytes = System.Text.Encoding.UTF8.GetBytes(html);
            if (reader.ReadPlain(bytes) is null) Interlocked.Increment(ref fallback);
            else Interlocked.Increment(ref plain);
            AssertSame(reader.Read(html), reader.Read(bytes), html);
        }, iter: 5_000);
        // Both ways must have been exercised, or the property says nothing about the fast one.
        Assert.True(plain > 500 && fallback > 500, $"{plain} read plainly, {fallback} by the tokenizer");
    }

    [Fact]
    public void Every_seed_page_s_text_comes_from_the_link_scan_as_StripTags_makes_it()
    {
        var reader = new PageLinkReader();
        foreach (var page in _seed.HtmlFiles())
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(_seed.Site.ReadOutput(page));
            var text = new byte[bytes.Length];
            var links = reader.Read(bytes, text, out var length);
            Assert.True(length >= 0, $"{page}: the scan did not give the page's text");
            Assert.Equal(StripTags(bytes), text[..length]);
            AssertSame(reader.Read(System.Text.Encoding.UTF8.GetString(bytes)), links, page);
        }
    }

    [Fact]
    public void The_text_the_link_scan_gives_is_always_the_text_StripTags_makes()
    {
        // The official-text check takes this text instead of StripTags' when the scan gives one, so the
        // two must agree byte for byte on any page; where they would not, the scan must give none.
        var reader = new PageLinkReader();
        string[] pieces =
        [
            "<a href=\"a.html\">", "<A HREF='b.html' ID=x>", "<a href=c.html rel=external>", "<p title='x>y'>", "<p title=\"a'b\">",
            "<img src=\"i.png\" id=\"i\"/>", "<p id=\"&amp;\">", "text &amp; more", "<!-- <a href=\"no.html\"> -->", "<!---->", "<!-->",
            "<!DOCTYPE html>", "<script src=\"s.js\"></script>", "<script>var a = '<a href=\"x\">';</script>", "<script> </script>",
            "<style>a{}</style>", "<style>a<b{}</style>", "<title>&lt;a href=\"t\"&gt;</title>", "<title>a<b</title>", "<title>t</title>",
            "<textarea><a href=\"ta\"></textarea>", "<textarea>ta</textarea>", "</p>", "</p class=\"x\">", "text < more", "1 <2", "a\r\nb",
            "<a href=\"x\r\ny\">", "<a href=\"unterminated>", "<a/b>", "<a href = \"sp.html\" >", "中文", "整改", "\0", "<p>", "</p>", " \n ",
            "<xmp>x</xmp>", "<iframe src=\"f.html\"></iframe>", "<noembed>n</noembed>",
        ];
        int given = 0, none = 0;
        Gen.Int[0, pieces.Length - 1].Array[0, 12].Sample(picks =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => pieces[i])));
            var text = new byte[bytes.Length];
            var links = reader.Read(bytes, text, out var length);
            AssertSame(reader.Read(bytes), links, System.Text.Encoding.UTF8.GetString(bytes));
            if (length < 0) { Interlocked.Increment(ref none); return; }
            Interlocked.Increment(ref given);
            Assert.Equal(StripTags(bytes), text[..length]);
        }, iter: 5_000);
        Assert.True(given > 500 && none > 500, $"{given} texts given by the scan, {none} left to StripTags");
    }

    private static byte[] StripTags(byte[] html)
    {
        var text = new byte[html.Length];
        return text[..OfficialTextCheck.StripTags(html, text)];
    }

    private static void AssertSame(PageLinks expected, PageLinks actual, string where)
    {
        Assert.True(expected.Ids.SetEquals(actual.Ids), $"{where}: ids differ");
        Assert.Equal(expected.Links.Select(l => $"{l.Element} {l.Attribute}={l.Value} rel={l.Rel}"),
            actual.Links.Select(l => $"{l.Element} {l.Attribute}={l.Value} rel={l.Rel}"));
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
