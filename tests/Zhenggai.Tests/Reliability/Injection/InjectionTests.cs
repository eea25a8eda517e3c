using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Zhenggai.Records;
using Zhenggai.Render.Pages;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Reliability.Injection;

/// <summary>
/// Official text and settings holding markup, script, javascript: addresses, template syntax,
/// entities, quotes and U+2028 (<see cref="HostileText"/>) come out inert and verbatim: every
/// page has exactly the elements and attributes it has with plain text, no script or event
/// handler appears, and each field reads back character for character from the pages.
/// </summary>
public sealed class InjectionTests(HostileSite fixture) : IClassFixture<HostileSite>
{
    private static readonly string[] AddressAttributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "cite", "srcset"];

    private FindingRecord R => fixture.HostileRecord;

    private IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Hostile.Site.Output, path)));

    private static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_page_has_the_elements_and_attributes_it_has_with_plain_text()
    {
        var hostile = HtmlFiles(fixture.Hostile.Site.Output).ToList();
        var twin = hostile.ToDictionary(p => p, TwinPath);
        Assert.Equal(HtmlFiles(fixture.Plain.Site.Output), twin.Values.Order(StringComparer.Ordinal));
        Assert.Contains("findings/99/index.html", hostile);
        Assert.Contains("findings/old-99/index.html", hostile);
        Assert.Contains("timeline/index.html", hostile);
        Assert.True(hostile.Count(p => p.StartsWith("units/u-", StringComparison.Ordinal)) >= 2, "the hostile unit names have no pages");
        foreach (var path in hostile)
        {
            var a = Skeleton(Page(path));
            var b = Skeleton(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Plain.Site.Output, twin[path]))));
            var first = Enumerable.Range(0, Math.Min(a.Count, b.Count)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Count, b.Count));
            Assert.True(a.Count == b.Count && first == a.Count,
                $"{path}: hostile text changed the markup at element {first}: `{(first < a.Count ? a[first] : "(end)")}` where plain text has `{(first < b.Count ? b[first] : "(end)")}`");
        }
    }

    /// <summary>
    /// The twin's page for a page of the hostile site: the same path, except a unit without a
    /// slug, whose address is a hash of its name: there, the twin's unit in the same place.
    /// </summary>
    private string TwinPath(string path)
    {
        if (!path.StartsWith("units/u-", StringComparison.Ordinal)) return path;
        var name = Page(path).QuerySelector("h1")!.TextContent;
        var i = fixture.HostileRecord.Units.ToList().IndexOf(name);
        Assert.True(i >= 0, $"{path}: unit page for `{name}`, which the record does not name");
        return new Zhenggai.Render.UnitDirectory([]).Resolve(fixture.PlainRecord.Units[i]).Url + "index.html";
    }

    /// <summary>Each element as its depth, name and attribute names: what markup injection would change.</summary>
    private static List<string> Skeleton(IDocument doc) =>
        doc.All.Select(e => $"{Depth(e)} {e.LocalName} {string.Join(",", e.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal))}").ToList();

    private static int Depth(IElement e)
    {
        var d = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) d++;
        return d;
    }

    [Fact]
    public void No_page_holds_inline_script_an_event_handler_or_a_script_address()
    {
        foreach (var path in HtmlFiles(fixture.Hostile.Site.Output))
        {
            var doc = Page(path);
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                // The theme's own scripts only: a file under assets/js/, never inline code.
                Assert.True(script.TextContent.Trim().Length == 0, $"{path}: inline script `{script.TextContent}`");
                var src = script.GetAttribute("src") ?? "";
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(src, @"^(/|(\.\./)*)assets/js/[a-z0-9-]+\.js$"), $"{path}: <script src=\"{src}\">");
            }
            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: <{element.LocalName} {attribute.Name}>");
                    if (!AddressAttributes.Contains(attribute.Name)) continue;
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase),
                        $"{path}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
            Assert.Empty(doc.QuerySelectorAll("textarea, iframe, object, embed, base, img[src=x]"));
            // Only redirect pages refresh, and only to a page of this site.
            foreach (var refresh in doc.QuerySelectorAll("meta[http-equiv=refresh]"))
                Assert.Matches(@"^0; url=(\.\./)*[a-z0-9/-]*$", refresh.GetAttribute("content") ?? "");
        }
    }

    [Fact]
    public void The_site_scripts_never_turn_data_into_markup_or_code()
    {
        foreach (var script in Directory.EnumerateFiles(Path.Combine(fixture.Hostile.Site.Output, "assets", "js"), "*.js"))
        {
            var code = File.ReadAllText(script);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout(\"", "setInterval(\"" })
                Assert.False(code.Contains(sink, StringComparison.Ordinal), $"{Path.GetFileName(script)} uses {sink}");
        }
    }

    [Fact]
    public void Officials_pages_show_the_text_verbatim()
    {
        var doc = Page("findings/99/index.html");
        var citation = doc.QuerySelector("#citation-text")!.TextContent;
        Assert.Contains(R.Label, citation, StringComparison.Ordinal);
        Assert.Contains(R.Title, citation, StringComparison.Ordinal);
        foreach (var unit in R.Units)
        {
            var page = Page(new Zhenggai.Render.UnitDirectory([]).Resolve(unit).Url + "index.html");
            Assert.Equal(unit, page.QuerySelector("h1")!.TextContent);
        }
        var timeline = Page("timeline/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains(R.Deadlines[0].Text, timeline, StringComparison.Ordinal);
        var redirect = Page("findings/old-99/index.html");
        Assert.Equal("../../findings/99/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains(R.Label, redirect.Body!.TextContent, StringComparison.Ordinal);
        foreach (var svg in Directory.EnumerateFiles(fixture.Hostile.Site.Output, "*.svg", SearchOption.AllDirectories))
        {
            var root = System.Xml.Linq.XDocument.Load(svg).Root!;
            Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "foreignObject" || e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void The_finding_page_shows_every_field_verbatim()
    {
        var doc = Page("findings/99/index.html");
        Assert.Equal(R.Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{R.Label} {R.Title} - {fixture.SiteTitle}", doc.Title);
        Assert.Equal(FindingPagesModule.Excerpt(R.Problem), doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(R.Label, doc.QuerySelector(".finding-label")!.TextContent);
        Assert.Equal(R.Label, doc.QuerySelectorAll(".breadcrumbs li").Last().TextContent);
        Assert.Equal(R.Problem.Split('\n'), Paragraphs(doc, "[data-part=problem]"));
        Assert.Equal(R.Target.Split('\n'), Paragraphs(doc, "[data-part=target]"));
        Assert.Equal(R.Measures.Split('\n'), Paragraphs(doc, "[data-part=measures]"));
        Assert.Equal(R.Result.Split('\n'), Paragraphs(doc, "[data-part=result]"));
        Assert.Equal(R.UnitsText!.Split('\n'), Paragraphs(doc, "#units .part-text"));
        Assert.Equal(R.DeadlineText!.Split('\n'), Paragraphs(doc, "#deadline .part-text"));
        Assert.Equal(R.SourceNote!.Split('\n'), doc.QuerySelectorAll(".source-note p").Select(p => p.TextContent));
        Assert.Contains("（原文：" + R.StatusText + "）", doc.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Paragraphs(IDocument doc, string container) =>
        doc.QuerySelectorAll(container).SelectMany(c => c.QuerySelectorAll("p")).Select(p => p.TextContent);

    [Fact]
    public void Lists_and_neighbours_show_label_and_title_verbatim()
    {
        foreach (var path in new[] { "index.html", "findings/index.html", "themes/water/index.html", "themes/general/index.html" })
        {
            var link = Page(path).QuerySelectorAll("a.finding-link").SingleOrDefault(a => a.GetAttribute("href")!.Contains("99/", StringComparison.Ordinal));
            Assert.True(link is not null, $"{path} does not link finding 99");
            Assert.Equal(R.Label, link.QuerySelector(".finding-label")!.TextContent);
            Assert.Equal(R.Title, link.QuerySelector(".finding-title")!.TextContent);
        }
        var previous = Page("findings/2/index.html").QuerySelector("a.pager-next")!;
        Assert.Equal($"下一项 {R.Label} {R.Title}", previous.TextContent);
    }

    [Fact]
    public void Settings_text_is_verbatim_on_every_page()
    {
        var settings = fixture.Hostile.Settings;
        var report = settings["Reports"]![0]!;
        foreach (var path in HtmlFiles(fixture.Hostile.Site.Output))
        {
            var doc = Page(path);
            if (doc.QuerySelector("link[rel=canonical]") is not null && doc.QuerySelector("main") is null)
            {
                // A redirect page: not themed, only the site title in its <title>.
                Assert.Equal("本页已迁移 - " + fixture.SiteTitle, doc.Title);
                continue;
            }
            Assert.Equal(fixture.SiteTitle, doc.QuerySelector(".site-name")!.TextContent);
            var footer = doc.QuerySelector(".site-footer")!.TextContent;
            Assert.Contains((string)report["Title"]!, footer, StringComparison.Ordinal);
            Assert.Contains((string)report["IssuingBody"]!, footer, StringComparison.Ordinal);
            Assert.Contains((string)settings["Footer"]!["Contact"]!, footer, StringComparison.Ordinal);
            var alternate = doc.QuerySelector("link[rel=alternate]");
            if (alternate is not null) Assert.Equal(fixture.SiteTitle, alternate.GetAttribute("title"));
        }
    }
}
