using System.Security.Cryptography;
using System.Text;

namespace Zhenggai.Write;

/// <summary>
/// The integrity manifest in the format of GNU <c>sha256sum</c>: one line per file,
/// <c>HEX  PATH</c> (lowercase hex, two spaces, a path relative to the folder with forward
/// slashes), LF line ends, ordered by path (ordinal), the manifest itself left out. So
/// <c>sha256sum -c manifest.sha256</c> in the folder checks every file, and the same
/// files always give the same manifest.
/// </summary>
public static class Sha256Manifest
{
    /// <summary>Every file under <paramref name="folder"/> except <paramref name="exclude"/>, path → SHA-256 hex.</summary>
    public static SortedDictionary<string, string> Hash(string folder, string exclude) => Hash(folder, exclude, null);

    /// <summary>
    /// As <see cref="Hash(string, string)"/>, taking a file's hash from <paramref name="known"/>
    /// (what the build wrote, with its length) instead of reading the file when the file on disk
    /// still has that length; any other file is read and hashed.
    /// </summary>
    public static SortedDictionary<string, string> Hash(string folder, string exclude, IReadOnlyDictionary<string, (long Length, Incremental.Hash256 Sha256)>? known) =>
        Hash(folder, exclude, known, DateTime.MaxValue);

    /// <summary>
    /// As <see cref="Hash(string, string, IReadOnlyDictionary{string, ValueTuple{long, Incremental.Hash256}}?)"/>, but a known
    /// hash is trusted only for a file last written before <paramref name="trustBefore"/> (UTC); a file
    /// written since then is read and hashed whatever its length.
    /// </summary>
    public static SortedDictionary<string, string> Hash(string folder, string exclude, IReadOnlyDictionary<string, (long Length, Incremental.Hash256 Sha256)>? known, DateTime trustBefore) =>
        new(HashFiles(folder, exclude, known, trustBefore), StringComparer.Ordinal);

    /// <summary>
    /// As <see cref="Hash(string, string, IReadOnlyDictionary{string, ValueTuple{long, Incremental.Hash256}}?, DateTime)"/>, unordered:
    /// the manifest module sorts when it formats, and the check only looks paths up, so neither pays for a sorted tree of every file.
    /// </summary>
    internal static Dictionary<string, string> HashFiles(string folder, string exclude, IReadOnlyDictionary<string, (long Length, Incremental.Hash256 Sha256)>? known, DateTime trustBefore)
    {
        // One walk gives each file's length and time with its name (Incremental.OutputScan): no FileInfo per file.
        var scan = Incremental.OutputScan.Scan(folder);
        scan.Remove(exclude);
        var files = scan.ToArray();
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var (path, entry) = files[i];
            if (known is not null && known.TryGetValue(path, out var written)
                && entry.Length == written.Length && new DateTime(entry.ModifiedTicks, DateTimeKind.Utc) < trustBefore)
            {
                hashes[i] = written.Sha256.ToHex();
                return;
            }
            using var stream = File.OpenRead(Path.Combine(folder, path));
            hashes[i] = Convert.ToHexStringLower(SHA256.HashData(stream));
        });
        var result = new Dictionary<string, string>(files.Length, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) result[files[i].Key] = hashes[i];
        return result;
    }

    /// <summary>
    /// sha256sum escapes names holding a backslash or a line break, which the site's safe
    /// paths never do; such a path is reported instead of written in a form few tools read.
    /// </summary>
    public static bool IsPlainPath(string path) => path.IndexOfAny(['\\', '\n', '\r']) < 0;

    public static string Format(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        var sb = new StringBuilder();
        foreach (var (path, hash) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
            sb.Append(hash).Append("  ").Append(path).Append('\n');
        return sb.ToString();
    }

    /// <summary>Reads a manifest written by <see cref="Format"/>; lines of another shape are skipped.</summary>
    public static Dictionary<string, string> Parse(string text) => Parse(new StringReader(text));

    /// <summary>
    /// As <see cref="Parse(string)"/>, line by line: a 100,000-finding site's manifest is 22 MB, which
    /// read whole, decoded and split was three large copies at the peak of the check phase.
    /// </summary>
    public static Dictionary<string, string> Parse(TextReader reader)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ') continue;
            result[line[66..]] = line[..64];
        }
        return result;
    }
}
