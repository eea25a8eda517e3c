using System.Text;
using System.Text.RegularExpressions;
using Zhenggai.Diagnostics;
using Zhenggai.Settings;

namespace Zhenggai.Write;

/// <summary>
/// <c>input/published-urls.txt</c>: every page address the site has ever published, one
/// site-root address per line (<c>findings/25/</c>, the home page as <c>/</c>), sorted
/// ordinally, kept in version control. A build may add lines, never drop them: an address
/// in the ledger must still lead somewhere, to its page or to a redirect page.
/// One instance is shared by the modules of one build.
/// </summary>
public sealed partial class PublishedUrlLedger
{
    public const string FileName = "input/published-urls.txt";

    /// <summary>Where <see cref="Save"/> writes before its rename (the preview's watcher ignores both).</summary>
    public const string TempFileName = FileName + ".tmp";

    /// <summary>The address of the home page in the ledger.</summary>
    public const string Root = "/";

    [GeneratedRegex(@"^findings/[0-9]+/$")]
    private static partial Regex FindingAddress();

    /// <summary>Addresses read from the ledger with their 1-based line numbers; empty before the first build.</summary>
    public IReadOnlyList<(string Address, int Line)> Previous { get; private set; } = [];

    /// <summary>Whether the ledger file existed when the build read it.</summary>
    public bool Existed { get; private set; }

    /// <summary>The ledger after this build, set by the check; written only after a successful publish.</summary>
    public IReadOnlyList<string>? Next { get; set; }

    public void Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, FileName);
        Existed = File.Exists(path);
        if (!Existed) return;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Error("ZG0801", FileName, 1, "the address ledger is not valid UTF-8 text",
                "restore it from version control; the build only ever appends to it"));
            return;
        }
        var list = new List<(string, int)>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (!IsAddress(line))
            {
                diagnostics.Add(Diagnostic.Error("ZG0801", FileName, i + 1, $"`{line}` is not a page address",
                    "each line is one address relative to the site root: a folder ending in `/` such as `findings/25/`, a file ending in `.html`, or `/` for the home page"));
                continue;
            }
            list.Add((line, i + 1));
        }
        Previous = list;
    }

    /// <summary>A folder address ending in /, an .html file, or / for the home page, inside the site.</summary>
    public static bool IsAddress(string address) =>
        address == Root || (SafePath.IsSafeRelative(address) && (address.EndsWith('/') || address.EndsWith(".html", StringComparison.Ordinal)));

    public static bool IsFindingAddress(string address) => FindingAddress().IsMatch(address);

    /// <summary>The ledger address of an output file, or null when it is not a page the ledger keeps (assets, data, 404.html).</summary>
    public static string? AddressOf(string documentPath)
    {
        if (!documentPath.EndsWith(".html", StringComparison.Ordinal) || documentPath == "404.html") return null;
        if (documentPath == "index.html") return Root;
        if (documentPath.EndsWith("/index.html", StringComparison.Ordinal)) return documentPath[..^"index.html".Length];
        return documentPath;
    }

    /// <summary>The output file that serves <paramref name="address"/>.</summary>
    public static string DocumentPathOf(string address) =>
        address is Root or "" ? "index.html" : address.EndsWith('/') ? address + "index.html" : address;

    /// <summary>The ledger form of a <c>redirect_from</c> entry: <c>findings/12</c> and <c>findings/12/index.html</c> both mean <c>findings/12/</c>.</summary>
    public static string Normalise(string address)
    {
        var a = address.Trim();
        if (a.EndsWith("/index.html", StringComparison.Ordinal)) return a[..^"index.html".Length];
        if (!a.EndsWith('/') && !a.EndsWith(".html", StringComparison.Ordinal)) return a + "/";
        return a;
    }

    public static string Format(IEnumerable<string> addresses)
    {
        var sb = new StringBuilder();
        foreach (var a in addresses.Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal))
            sb.Append(a).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Writes <see cref="Next"/> when it differs from the file: to a temporary file beside it,
    /// then one rename, so a reader never sees half a ledger. Returns whether it wrote.
    /// </summary>
    public bool Save(string siteRoot)
    {
        if (Next is null) return false;
        var path = Path.Combine(siteRoot, FileName);
        var bytes = Encoding.UTF8.GetBytes(Format(Next));
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(siteRoot, TempFileName);
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
        return true;
    }
}
