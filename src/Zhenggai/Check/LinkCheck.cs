using Zhenggai.Diagnostics;
using Zhenggai.Incremental;
using Zhenggai.Pipeline;

namespace Zhenggai.Check;

/// <summary>
/// Reads every written page with AngleSharp (<see cref="PageLinkReader"/>): each internal
/// href/src must lead to a written file, each #fragment to an id on its target page, and no
/// page may load anything from another host. A failure names the page and the link.
/// Pages the render phase already read carry their <see cref="SiteDocument.Links"/>; the
/// rest (HTML made with ready content) are read here.
/// </summary>
public sealed class LinkCheck : IModule
{
    public BuildPhase Phase => BuildPhase.Check;

    public void Execute(BuildContext context)
    {
        var docs = context.Documents;
        var paths = docs.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var linkRoot = "/" + context.Settings.LinkRoot.Trim('/');
        if (!linkRoot.EndsWith('/')) linkRoot += "/";

        // Build cache: a page it keeps has neither bytes nor links in memory; the cache knows its
        // links, and says which pages cannot have changed how their links resolve.
        var cache = context.Cache;
        var pages = docs.Where(d => d.IsHtml && (d.Links is not null || d.Content is not null || cache?.IsKept(d.Path) == true)).ToList();
        var reader = new PageLinkReader();
        Parallel.ForEach(pages, doc => doc.Links = cache is null ? doc.Links ?? reader.Read(doc.Content!) : cache.LinksOf(doc, reader.Read));
        var ids = pages.ToDictionary(d => d.Path, d => d.Links!.Ids, StringComparer.Ordinal);
        var mustCheck = cache?.LinkCheckScope(IncrementalBuild.LinkEnvironment(linkRoot, docs, ids.GetValueOrDefault)) ?? (_ => true);

        // Diagnostics are sorted when reported, so pages can be checked in any order.
        Parallel.ForEach(pages.Where(mustCheck), doc =>
        {
            foreach (var (element, attribute, link, rel) in doc.Links!.Links)
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
                var file = target;
                if (!paths.Contains(file) && paths.Contains(file + (file.Length == 0 || file.EndsWith('/') ? "" : "/") + "index.html"))
                    file = file + (file.Length == 0 || file.EndsWith('/') ? "" : "/") + "index.html";
                if (!paths.Contains(file))
                {
                    context.Diagnostics.Add(Diagnostic.Error("ZG0601", "output/" + doc.Path, 1,
                        $"broken link <{element} … \"{link}\">: nothing is written at `{target}`",
                        "fix the address in the template or record, or add the missing page"));
                    continue;
                }
                if (fragment is { Length: > 0 } && (!ids.TryGetValue(file, out var set) || !set.Contains(fragment)))
                    context.Diagnostics.Add(Diagnostic.Error("ZG0603", "output/" + doc.Path, 1,
                        $"broken anchor \"{link}\": `{file}` has no element with id `{fragment}`",
                        "link to one of the ids the target page has, e.g. #problem #target #measures #result on a finding page"));
            }
        });
        // Nothing reads a page's links after this check (the build cache keeps its own copies); at
        // 100,000 findings they are a few hundred megabytes that the checks after this one need.
        foreach (var doc in pages) doc.Links = null;
    }

    private static bool IsExternal(string link) =>
        link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal)
        || link.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a link on a page to a site path and fragment. Absolute paths are read relative to LinkRoot.</summary>
    public static (string Target, string? Fragment) Resolve(string pagePath, string link, string linkRoot, bool rooted)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(link[(hash + 1)..]);
        var end = hash < 0 ? link.Length : hash;
        var query = link.AsSpan(0, end).IndexOf('?');
        if (query >= 0) end = query;
        // A relative path with nothing escaped (nearly every link the site writes) is resolved on spans;
        // anything else the general way. Both give the same answer (tests compare them).
        if (end > 0 && end <= 512 && link[0] != '/' && link.AsSpan(0, end).IndexOf('%') < 0)
        {
            var baseDir = rooted ? "" : pagePath.Contains('/') ? pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1) : "";
            if (baseDir.Length <= 512) return (Normalise(baseDir, link.AsSpan(0, end)), fragment);
        }
        var path = Uri.UnescapeDataString(link[..end]);
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

    /// <summary>
    /// The general path's segment rules (skip "." and empty segments but the last, ".." pops a segment
    /// or is kept when there is none) on <paramref name="baseDir"/> + <paramref name="path"/>, without
    /// splitting them into strings: the segments kept are ranges of one stack buffer, joined once.
    /// </summary>
    private static string Normalise(ReadOnlySpan<char> baseDir, ReadOnlySpan<char> path)
    {
        Span<char> combined = stackalloc char[baseDir.Length + path.Length];
        baseDir.CopyTo(combined);
        path.CopyTo(combined[baseDir.Length..]);
        // Each kept segment as (start, length) in combined; at most one per '/' plus one.
        Span<(int Start, int Length)> stack = stackalloc (int, int)[combined.Count('/') + 1];
        var count = 0;
        var at = 0;
        while (true)
        {
            var slash = combined[at..].IndexOf('/');
            var last = slash < 0;
            var length = last ? combined.Length - at : slash;
            var segment = combined.Slice(at, length);
            if (segment is ".") { }
            else if (length == 0 && !last) { }
            else if (segment is "..")
            {
                if (count > 0) count--;
                else stack[count++] = (at, length);
            }
            else stack[count++] = (at, length);
            if (last) break;
            at += slash + 1;
        }
        // Joined with '/'; a trailing '/' as the general path adds it, then index.html for a folder.
        Span<char> result = stackalloc char[combined.Length + 2 + "index.html".Length];
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0) result[n++] = '/';
            combined.Slice(stack[i].Start, stack[i].Length).CopyTo(result[n..]);
            n += stack[i].Length;
        }
        if (combined.EndsWith('/') && n > 0 && result[n - 1] != '/') result[n++] = '/';
        if (n == 0 || result[n - 1] == '/')
        {
            "index.html".CopyTo(result[n..]);
            n += "index.html".Length;
        }
        return new string(result[..n]);
    }
}
