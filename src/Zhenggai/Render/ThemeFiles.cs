using System.Reflection;

namespace Zhenggai.Render;

/// <summary>
/// The theme a site builds with: the default theme shipped inside the tool, overridden file
/// by file by the site's own <c>theme/</c> folder (as in Statiq). Paths are relative to the
/// theme root with forward slashes, e.g. <c>layouts/finding.sbn</c>.
/// </summary>
public sealed class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private readonly Dictionary<string, Func<byte[]>> _files;
    private readonly Dictionary<string, string> _origins;

    private ThemeFiles(Dictionary<string, Func<byte[]>> files, Dictionary<string, string> origins)
    {
        _files = files;
        _origins = origins;
    }

    public static ThemeFiles Load(string siteRoot)
    {
        var files = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var rel = name[ResourcePrefix.Length..].Replace('\\', '/');
            files[rel] = () => ReadResource(assembly, name);
            origins[rel] = "(built-in theme)/" + rel;
        }
        var siteTheme = Path.Combine(siteRoot, "theme");
        if (Directory.Exists(siteTheme))
        {
            foreach (var file in Directory.EnumerateFiles(siteTheme, "*", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(siteTheme, file).Replace('\\', '/');
                if (rel.Split('/').Any(s => s.StartsWith('.'))) continue;
                files[rel] = () => File.ReadAllBytes(file);
                origins[rel] = "theme/" + rel;
            }
        }
        return new ThemeFiles(files, origins);
    }

    public IEnumerable<string> Paths => _files.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public bool Exists(string path) => _files.ContainsKey(path);

    public byte[] Read(string path) => _files[path]();

    /// <summary>Where a file comes from, for messages: <c>theme/layouts/x.sbn</c> or the built-in theme.</summary>
    public string DisplayPath(string path) => _origins.TryGetValue(path, out var o) ? o : "theme/" + path;

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
