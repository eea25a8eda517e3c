using System.IO.Enumeration;

namespace Zhenggai.Incremental;

/// <summary>The files under a folder with their size and modification time, from one directory walk (no file is opened).</summary>
public static class OutputScan
{
    public readonly record struct Entry(long Length, long ModifiedTicks);

    public static Dictionary<string, Entry> Scan(string folder)
    {
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        var root = Path.GetFullPath(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new FileSystemEnumerable<(string Path, Entry Entry)>(root,
            (ref FileSystemEntry e) => (Relative(root, e.ToFullPath()), new Entry(e.Length, e.LastWriteTimeUtc.UtcTicks)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (path, entry) in files) result[path] = entry;
        return result;
    }

    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
