using CsCheck;
using Zhenggai.Check;

namespace Zhenggai.Tests.Check;

/// <summary>LinkCheck.Resolve's span path for plain relative links gives what its general path (as first written, below) gives.</summary>
public sealed class LinkResolveTests
{
    [Theory]
    [InlineData("findings/25/index.html", "../../assets/site.css", "assets/site.css")]
    [InlineData("findings/25/index.html", "../26/#result", "findings/26/index.html")]
    [InlineData("findings/25/index.html", "./", "findings/25/index.html")]
    [InlineData("index.html", "../../x", "x")]
    [InlineData("a/index.html", "b//c/./d/", "a/b/c/d/index.html")]
    [InlineData("index.html", "..", "..")]
    public void Plain_relative_links_resolve_against_the_pages_folder(string page, string link, string target)
    {
        Assert.Equal(target, LinkCheck.Resolve(page, link, "/", rooted: false).Target);
        Assert.Equal(Reference(page, link, "/", false), LinkCheck.Resolve(page, link, "/", false));
    }

    [Fact]
    public void Any_link_resolves_as_the_general_path_resolves_it()
    {
        var segment = Gen.OneOf("", ".", "..", "a", "b", "findings", "25", "index.html", "整改", "x%20y", "%2e%2e", "c?d=e/f", "g#h", "#i%20j", "?", "/", "//");
        var link = Gen.String[Gen.Char["/.a#?%"], 0, 8].Select(segment.Array[0, 6], (noise, parts) => string.Join('/', parts) + (noise.Length % 3 == 0 ? noise : ""));
        var page = Gen.OneOf("index.html", "404.html", "findings/25/index.html", "a/b/c/index.html", "units/u-1/index.html", "x.html");
        var root = Gen.OneOf("/", "/sub/", "/a/b/");
        Gen.Select(page, link, root, Gen.Bool).Sample((p, l, r, rooted) =>
            Assert.Equal(Reference(p, l, r, rooted), LinkCheck.Resolve(p, l, r, rooted)), iter: 50_000);
    }

    /// <summary>Resolve as it was before the span path.</summary>
    private static (string Target, string? Fragment) Reference(string pagePath, string link, string linkRoot, bool rooted)
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
