using Zhenggai.Tests.Support;
using Zhenggai.Write;

namespace Zhenggai.Tests.Incremental;

/// <summary>Publishing only the changes: new files move in, old ones go, and a publish cut short is finished by the next build.</summary>
public sealed class OutputPublisherTests
{
    private static void Put(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_delta_publish_replaces_adds_and_deletes_files_and_removes_emptied_folders()
    {
        using var site = TestSite.Empty();
        var publisher = new OutputPublisher(site.PathOf("output"));
        Put(publisher.OutputFolder, "index.html", "old home");
        Put(publisher.OutputFolder, "keep.css", "kept");
        Put(publisher.OutputFolder, "findings/4/index.html", "gone");
        Put(publisher.OutputFolder, "findings/4/index.json", "gone");
        Put(publisher.OutputFolder, "news", "a file that becomes a folder");
        var staging = publisher.PrepareStaging();
        Put(staging, "index.html", "new home");
        Put(staging, "findings/7/index.html", "new page");
        Put(staging, "news/index.html", "now a folder");

        publisher.PublishDelta(["findings/4/index.html", "findings/4/index.json", "news"]);

        var files = TestSite.Snapshot(publisher.OutputFolder).ToDictionary(kv => kv.Key, kv => System.Text.Encoding.UTF8.GetString(kv.Value));
        Assert.Equal(new Dictionary<string, string>
        {
            ["findings/7/index.html"] = "new page",
            ["index.html"] = "new home",
            ["keep.css"] = "kept",
            ["news/index.html"] = "now a folder",
        }, files);
        Assert.False(Directory.Exists(Path.Combine(publisher.OutputFolder, "findings/4")));
        Assert.False(Directory.Exists(publisher.StagingFolder));
        Assert.False(File.Exists(publisher.JournalFile));
    }

    [Fact]
    public void A_delta_publish_cut_short_is_finished_before_the_next_build_stages()
    {
        using var site = TestSite.Empty();
        var publisher = new OutputPublisher(site.PathOf("output"));
        Put(publisher.OutputFolder, "index.html", "old home");
        Put(publisher.OutputFolder, "old.html", "to delete");
        var staging = publisher.PrepareStaging();
        Put(staging, "index.html", "new home");
        Put(staging, "new.html", "new");
        // As if killed after writing the journal and moving one file.
        File.WriteAllText(publisher.JournalFile, "old.html");
        File.Move(Path.Combine(staging, "new.html"), Path.Combine(publisher.OutputFolder, "new.html"));

        var fresh = new OutputPublisher(site.PathOf("output")).PrepareStaging();

        Assert.Empty(Directory.EnumerateFileSystemEntries(fresh));
        var files = TestSite.Snapshot(publisher.OutputFolder).Keys;
        Assert.Equal(["index.html", "new.html"], files);
        Assert.Equal("new home", File.ReadAllText(Path.Combine(publisher.OutputFolder, "index.html")));
        Assert.False(File.Exists(publisher.JournalFile));
    }
}
