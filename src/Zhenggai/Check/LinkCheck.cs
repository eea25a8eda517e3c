using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Zhenggai.Diagnostics;
using Zhenggai.Incremental;
using Zhenggai.Pipeline;

namespace Zhenggai.Check;

/// <summary>
/// Reads every written page with AngleSharp: each internal href/src must lead to a written
/// file, each #fragment to an id on its target page, and no page may load anything from
/// another host. A failure names the page and the link.
/// </summary>
public sealed class LinkCheck : IModule
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("iframe[src]", "src"), ("source[src]", "src"), ("form[action]", "action"), ("object[data]", "data"),
        ("video[src]", "src"), ("audio[src]", "src"), ("embed[src]", "src"),
    ];

    public BuildPhase Phase => BuildPhase.Check;

    public void Execute(BuildContext context)
    {
        var docs = context.Documents;
        var paths = docs.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var found = new ConcurrentBag<(string Page, string Element, string Link, string Target, string? Fragment)>();
        var linkRoot = "/" + context.Settings.LinkRoot.Trim('/');
        if (!linkRoot.EndsWith('/')) linkRoot += "/";

        // Build cache: pages it keeps have no bytes in memory; it knows their links, and parses a page's bytes only once.
        var cache = context.Cache;
        var pages = docs.Where(d => d.IsHtml && (d.Content is not null || cache?.IsKept(d.Path) == true)).ToList();
        var read = new ConcurrentDictionary<string, PageLinkData>(StringComparer.Ordinal);
        Parallel.ForEach(pages, doc => read[doc.Path] = cache is null ? Read(doc.Content!) : cache.LinksOf(doc, Read));
        var mustCheck = cache?.LinkCheckScope(IncrementalBuild.LinkEnvironment(linkRoot, docs, read.GetValueOrDefault)) ?? (_ => true);

        Parallel.ForEach(pages.Where(mustCheck), doc =>
        {
            foreach (var (element, attribute, link, rel) in read[doc.Path].Links)
            {
                if (IsExternal(link))
                {
                    if (element == "a" && (rel ?? "").Split(' ').Contains("external")) continue;
                    context.Diagnostics.Add(Diagnostic.Error("ZG0602", "output/" + doc.Path, 1,
                        $"<{element} {attribute}=\"{link}\"> refers to another host",
                        "the site must load nothing from outside: copy the file into theme/assets/, or mark a plain outbound link with rel=\"external\""));
                    continue;
                }
                if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                    || link.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    continue;
                var (target, fragment) = Resolve(doc.Path, link, linkRoot, doc.Kind == "404");
                found.Add((doc.Path, element, link, target, fragment));
            }
        });

        foreach (var (page, element, link, target, fragment) in found.OrderBy(f => f.Page, StringComparer.Ordinal).ThenBy(f => f.Link, StringComparer.Ordinal))
        {
            var file = target;
            if (!paths.Contains(file) && paths.Contains(file + (file.Length == 0 || file.EndsWith('/') ? "" : "/") + "index.html"))
                file = file + (file.Length == 0 || file.EndsWith('/') ? "" : "/") + "index.html";
            if (!paths.Contains(file))
            {
                context.Diagnostics.Add(Diagnostic.Error("ZG0601", "output/" + page, 1,
                    $"broken link <{element} … \"{link}\">: nothing is written at `{target}`",
                    "fix the address in the template or record, or add the missing page"));
                continue;
            }
            if (fragment is { Length: > 0 } && (!read.TryGetValue(file, out var targetPage) || !targetPage.IdSet.Contains(fragment)))
                context.Diagnostics.Add(Diagnostic.Error("ZG0603", "output/" + page, 1,
                    $"broken anchor \"{link}\": `{file}` has no element with id `{fragment}`",
                    "link to one of the ids the target page has, e.g. #problem #target #measures #result on a finding page"));
        }
    }

    /// <summary>A page's ids and the addresses its elements refer to, read with AngleSharp.</summary>
    public static PageLinkData Read(byte[] content)
    {
        using var html = new HtmlParser().ParseDocument(new MemoryStream(content));
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).Distinct(StringComparer.Ordinal).ToList();
        var links = new List<PageLinkRef>();
        foreach (var (selector, attribute) in LinkAttributes)
            foreach (var element in html.QuerySelectorAll(selector))
                links.Add(new PageLinkRef(element.LocalName, attribute, element.GetAttribute(attribute)!,
                    element.LocalName == "a" ? element.GetAttribute("rel") : null));
        return new PageLinkData(ids, links);
    }

    private static bool IsExternal(string link) =>
        link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal)
        || link.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a link on a page to a site path and fragment. Absolute paths are read relative to LinkRoot.</summary>
    public static (string Target, string? Fragment) Resolve(string pagePath, string link, string linkRoot, bool rooted)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0) return (pagePath, fragment);
        string combined;
        if (path.StartsWith('/'))
            combined = path.StartsWith(linkRoot, StringComparison.Ordinal) ? path[linkRoot.Length..] : "\u0000outside-link-root" + path;
        else
        {
            var baseDir = rooted ? "" : pagePath.Contains('/') ? pagePath[..(pagePath.LastIndexOf('/') + 1)] : "";
            combined = baseDir + path;
        }
        var stack = new List<string>();
        var segments = combined.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s == "." || (s.Length == 0 && i < segments.Length - 1)) continue;
            if (s == "..") { if (stack.Count > 0) stack.RemoveAt(stack.Count - 1); else stack.Add(".."); continue; }
            stack.Add(s);
        }
        var result = string.Join('/', stack);
        if (combined.EndsWith('/') && result.Length > 0 && !result.EndsWith('/')) result += "/";
        if (result.Length == 0 || result.EndsWith('/')) result += "index.html";
        return (result, fragment);
    }
}
