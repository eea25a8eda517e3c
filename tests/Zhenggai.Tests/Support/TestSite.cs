using Zhenggai.Records;

namespace Zhenggai.Tests.Support;

/// <summary>
/// A throwaway copy of a site in a temp folder: by default the repository's own site
/// (statiq.json, input/, seeds/, theme/), so tests run on the real data without touching it.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public static TestSite CopyOfRepo()
    {
        var site = Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), Path.Combine(site.Root, "statiq.json"));
        foreach (var folder in new[] { "input", "theme", "seeds" })
            CopyFolder(Path.Combine(RepoPaths.Root, folder), Path.Combine(site.Root, folder));
        return site;
    }

    public static TestSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "zhenggai-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new TestSite(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteRecord(FindingRecord record) => Write(Path.Combine(RecordStore.FindingsFolder, RecordFile.FileName(record.Number)), RecordFile.Write(record));

    public IReadOnlyList<FindingRecord> Records() => RecordStore.Load(Root, Zhenggai.Settings.SettingsLoader.Load(Root));

    public BuildResult Build(string? output = null) => SiteBuilder.Build(new BuildOptions { SiteRoot = Root, OutputFolder = output });

    public string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>Every file under a folder with its bytes, keyed by relative path, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        return files;
    }

    public static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
