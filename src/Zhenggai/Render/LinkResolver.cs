namespace Zhenggai.Render;

/// <summary>
/// Turns site-root addresses (<c>findings/25/#result</c>) into links relative to the page that
/// holds them, so the output works at a domain root, under any sub-path, or opened from disk.
/// With LinkHideIndexPages off, folder links get an explicit <c>index.html</c>.
/// </summary>
public sealed class LinkResolver
{
    private readonly bool _hideIndexPages;

    public LinkResolver(bool hideIndexPages) => _hideIndexPages = hideIndexPages;

    /// <summary>The relative path from a page to the site root: "" at the root, "../../" two levels down.</summary>
    public static string RootPrefix(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    public string Relative(string fromPagePath, string target) => Link(RootPrefix(fromPagePath), target);

    /// <summary>
    /// <see cref="Relative"/> for every link of one page, with the way up to the root worked out once:
    /// a page has dozens of links, a list page hundreds.
    /// </summary>
    public Func<string, string> From(string fromPagePath)
    {
        var prefix = RootPrefix(fromPagePath);
        return target => Link(prefix, target);
    }

    private string Link(string prefix, string target)
    {
        // The span overload: the char[] one took a new array on every link.
        var suffixAt = target.AsSpan().IndexOfAny('#', '?');
        var path = suffixAt < 0 ? target : target[..suffixAt];
        var suffix = suffixAt < 0 ? "" : target[suffixAt..];
        if (!_hideIndexPages && (path.Length == 0 || path.EndsWith('/')))
            path += "index.html";
        var link = prefix + path;
        if (link.Length == 0) link = "./";
        return link + suffix;
    }
}
