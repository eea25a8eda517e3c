using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Cli;

/// <summary>
/// The released tool is compiled ahead of time (Native AOT), where reflection sees only what the
/// compiler kept and no code is made at run time: the templates' view models, the open data's JSON,
/// the records' YAML and the build cache's hashes all go other ways there than in the tests' runtime.
/// So the published program must give, byte for byte, what the library gives in this process.
/// </summary>
public sealed class PublishedToolTests
{
    [PublishedToolFact]
    public void It_builds_the_real_site_byte_for_byte_as_the_library_does()
    {
        using var site = TestSite.CopyOfRepo();
        var native = CliRun.Published(PublishedToolFactAttribute.Tool, "build", "--no-cache", "--root", site.Root, "--output", site.PathOf("native"));
        Assert.True(native.Code == 0, native.Error);
        SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, OutputFolder = site.PathOf("library"), NoCache = true });

        AssertSameFiles(site.PathOf("library"), site.PathOf("native"));
    }

    [PublishedToolFact]
    public void It_imports_the_seeds_as_the_library_does()
    {
        using var native = TestSite.CopyOfRepo();
        using var library = TestSite.CopyOfRepo();
        foreach (var site in new[] { native, library }) Directory.Delete(site.PathOf(RecordStore.FindingsFolder), recursive: true);

        var run = CliRun.Published(PublishedToolFactAttribute.Tool, "import", "--root", native.Root);
        Assert.True(run.Code == 0, run.Error);
        Assert.Equal(0, CliRun.InProcess("import", "--root", library.Root).Code);

        AssertSameFiles(library.PathOf("input"), native.PathOf("input"));
    }

    [PublishedToolFact]
    public void Its_cached_rebuild_after_an_edit_is_the_library_s()
    {
        using var native = TestSite.CopyOfRepo();
        using var library = TestSite.CopyOfRepo();
        foreach (var site in new[] { native, library })
        {
            var build = site == native
                ? () => Assert.True(CliRun.Published(PublishedToolFactAttribute.Tool, "build", "--root", site.Root) is { Code: 0 })
                : (Action)(() => site.Build());
            build();
            var record = site.Records()[2];
            site.WriteRecord(record with { Title = record.Title + "（修改）" });
            build();
        }

        AssertSameFiles(library.Output, native.Output);
        Assert.Contains("（修改）", native.ReadOutput("index.html"));
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var want = TestSite.Snapshot(expected);
        var got = TestSite.Snapshot(actual);
        Assert.NotEmpty(want);
        Assert.Equal(want.Keys, got.Keys);
        foreach (var (path, bytes) in want)
            Assert.True(bytes.AsSpan().SequenceEqual(got[path]), $"{path} differs");
    }
}
