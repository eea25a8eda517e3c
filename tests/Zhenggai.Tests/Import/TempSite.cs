namespace Zhenggai.Tests.Import;

/// <summary>
/// A throw-away copy of the site in the temp folder: tests import into it and never write
/// into the repository.
/// </summary>
internal sealed class TempSite : IDisposable
{
    public string Root { get; }

    private TempSite(string root) => Root = root;

    /// <summary>The repository root (the folder holding Zhenggai.slnx), found from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>statiq.json and seeds/ of the repository; input/ too when <paramref name="withRecords"/>.</summary>
    public static TempSite FromRepo(bool withRecords = false)
    {
        var site = Empty();
        File.Copy(Path.Combine(RepoRoot, "statiq.json"), Path.Combine(site.Root, "statiq.json"));
        CopyFolder(Path.Combine(RepoRoot, "seeds"), Path.Combine(site.Root, "seeds"));
        if (withRecords) CopyFolder(Path.Combine(RepoRoot, "input"), Path.Combine(site.Root, "input"));
        return site;
    }

    /// <summary>The repository's statiq.json and nothing else.</summary>
    public static TempSite WithSettings()
    {
        var site = Empty();
        File.Copy(Path.Combine(RepoRoot, "statiq.json"), Path.Combine(site.Root, "statiq.json"));
        return site;
    }

    private static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "zhenggai-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every file and folder under <paramref name="relative"/> with its bytes, to prove a failed import changed nothing.</summary>
    public SortedDictionary<string, string> Snapshot(string relative = "input")
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var folder = PathOf(relative);
        if (!Directory.Exists(folder)) return result;
        foreach (var dir in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(Root, dir) + "/"] = "";
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(Root, file)] = Convert.ToHexString(File.ReadAllBytes(file)) + "@" + File.GetLastWriteTimeUtc(file).Ticks;
        return result;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Zhenggai.slnx) above " + AppContext.BaseDirectory);
    }
}
