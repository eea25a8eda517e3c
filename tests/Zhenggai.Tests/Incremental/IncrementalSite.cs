using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Incremental;

/// <summary>
/// A fixture site built with the cache, with the comparison every incremental test ends in:
/// the output of the cached build must equal, file for file and byte for byte, a build of the
/// same input from scratch (no cache, into another folder).
/// </summary>
public sealed class IncrementalSite : IDisposable
{
    private IncrementalSite(TestSite site) => Site = site;

    public TestSite Site { get; }

    public string Output => Site.Output;

    /// <summary>Six findings over three themes and several statuses, so lists and neighbours differ.</summary>
    public static IncrementalSite Small()
    {
        var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        site.WriteRecord(SampleRecords.Make(1));
        site.WriteRecord(SampleRecords.Make(2, status: FindingStatus.Ongoing));
        site.WriteRecord(SampleRecords.Make(3, themes: "air"));
        site.WriteRecord(SampleRecords.Make(4, themes: ["air", "soil"]));
        site.WriteRecord(SampleRecords.Make(5, status: FindingStatus.OnSchedule, themes: "soil"));
        site.WriteRecord(SampleRecords.Make(6));
        return new IncrementalSite(site);
    }

    /// <summary>The repository's own site (statiq.json, the 20 seed records, theme/).</summary>
    public static IncrementalSite Repository() => new(TestSite.CopyOfRepo());

    public BuildResult Build() => SiteBuilder.Build(new BuildOptions { SiteRoot = Site.Root });

    public string CacheFile => Path.Combine(Site.Root, Zhenggai.Incremental.BuildCache.FolderName, Zhenggai.Incremental.CacheFile.FileName);

    /// <summary>Builds the current input from scratch into a fresh folder and asserts the cached output is identical.</summary>
    public void AssertOutputEqualsFullBuild()
    {
        var reference = Site.PathOf("reference-" + Guid.NewGuid().ToString("N")[..8]);
        SiteBuilder.Build(new BuildOptions { SiteRoot = Site.Root, OutputFolder = reference, NoCache = true });
        AssertSameFiles(reference, Output);
        Directory.Delete(reference, recursive: true);
    }

    public static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = TestSite.Snapshot(expectedFolder);
        var actual = TestSite.Snapshot(actualFolder);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a full build");
        var expectedFolders = Directory.EnumerateDirectories(expectedFolder, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(expectedFolder, d)).Order(StringComparer.Ordinal);
        var actualFolders = Directory.EnumerateDirectories(actualFolder, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(actualFolder, d)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedFolders, actualFolders);
    }

    public FindingRecord Record(int number) => Site.Records().Single(r => r.Number == number);

    public void Edit(FindingRecord record) => Site.WriteRecord(record);

    /// <summary>Saves a record as editors that write a temporary file and rename it do: the watcher never sees half a file.</summary>
    public void EditAtomically(FindingRecord record) => SaveAtomically(Path.Combine(RecordStore.FindingsFolder, RecordFile.FileName(record.Number)), RecordFile.Write(record));

    /// <summary>Writes a site file through a temporary file and one rename.</summary>
    public void SaveAtomically(string relative, string text)
    {
        var temp = Path.Combine(Path.GetTempPath(), "zhenggai-edit-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(temp, text);
        File.Move(temp, Site.PathOf(relative), overwrite: true);
    }

    public void DeleteRecord(int number) => File.Delete(Site.PathOf(Path.Combine(RecordStore.FindingsFolder, RecordFile.FileName(number))));

    /// <summary>
    /// Takes a finding off the site the way an editor must once its address is in the ledger
    /// (input/published-urls.txt): <paramref name="successor"/> takes over the address
    /// (redirect_from), then the record is deleted.
    /// </summary>
    public void RetireRecord(int number, int successor)
    {
        var next = Record(successor);
        Edit(next with { RedirectFrom = [.. next.RedirectFrom, $"findings/{number}/"] });
        DeleteRecord(number);
    }

    /// <summary>Puts a copy of a built-in theme file in the site's theme/ folder with <paramref name="change"/> applied.</summary>
    public void OverrideTheme(string relative, Func<string, string> change)
    {
        var source = File.Exists(Site.PathOf("theme/" + relative)) ? Site.PathOf("theme/" + relative) : Path.Combine(RepoPaths.Root, "theme", relative);
        var text = File.ReadAllText(source);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        Site.Write("theme/" + relative, changed);
    }

    public void Dispose() => Site.Dispose();
}
