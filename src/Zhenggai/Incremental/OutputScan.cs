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
        // The walk gives each entry's folder without a trailing separator, starting from this one.
        var walkRoot = Path.TrimEndingDirectorySeparator(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new FileSystemEnumerable<(string Path, Entry Entry)>(root,
            (ref FileSystemEntry e) => (RelativePath(root, walkRoot, ref e), new Entry(e.Length, e.LastWriteTimeUtc.UtcTicks)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (path, entry) in files) result[path] = entry;
        return result;
    }

    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// <see cref="Relative"/> of the entry, joined from the part of its folder below the root and its
    /// name: two walks of the output per build (22,675 files at 10,000 findings) made the full path and
    /// its relative form, per file, a visible cost. Anything unusual goes the general way.
    /// </summary>
    private static string RelativePath(string root, string walkRoot, ref FileSystemEntry e)
    {
        var directory = e.Directory;
        var name = e.FileName;
        if (walkRoot.Length == 0 || Path.EndsInDirectorySeparator(walkRoot) || !directory.StartsWith(walkRoot, StringComparison.Ordinal)
            || name is "." or ".." || name.IndexOf(Path.DirectorySeparatorChar) >= 0 || name.IndexOf(Path.AltDirectorySeparatorChar) >= 0)
            return Relative(root, e.ToFullPath());
        if (directory.Length == walkRoot.Length) return name.ToString();
        if (directory[walkRoot.Length] != Path.DirectorySeparatorChar) return Relative(root, e.ToFullPath());
        var below = directory[(walkRoot.Length + 1)..];
        if (Path.DirectorySeparatorChar == '/')
            return string.Concat(below, "/", name);
        return string.Concat(below.ToString().Replace(Path.DirectorySeparatorChar, '/'), "/", name);
    }
}
