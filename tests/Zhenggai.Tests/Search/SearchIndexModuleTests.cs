using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Render;
using Zhenggai.Render.Search;
using Zhenggai.Settings;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The index is built from records as they are read, on a thread of its own: whatever order the
/// files are read in and however the read ends, the files must be those of the sorted records.
/// </summary>
public class SearchIndexModuleTests
{
    // The index files; search/index.html is the search page, rendered with the others.
    private static SortedDictionary<string, byte[]> SearchFiles(string output) =>
        new(TestSite.Snapshot(output).Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);

    private static SortedDictionary<string, byte[]> Expected(TestSite site)
    {
        var records = site.Records();
        var docs = records.Select(r => SearchDocument.FromRecord(r, SiteViews.FindingUrl(r.Number))).ToList();
        var files = SearchIndexBuilder.Build(docs, SearchIndexOptions.ForSettings(SettingsLoader.Load(site.Root), records.Count));
        return new(files.ToDictionary(f => f.Path, f => f.Content), StringComparer.Ordinal);
    }

    private static void AssertIndexOfSortedRecords(TestSite site)
    {
        var expected = Expected(site);
        var built = SearchFiles(site.Output);
        Assert.Equal(expected.Keys, built.Keys);
        foreach (var (path, content) in expected) Assert.True(content.AsSpan().SequenceEqual(built[path]), path + " differs");
    }

    [Fact]
    public void Records_read_in_number_order_are_indexed_as_they_are_read()
    {
        using var site = TestSite.CopyOfRepo();
        var result = site.Build();
        Assert.Contains(result.Log, l => l.StartsWith("search index:", StringComparison.Ordinal) && l.Contains("started as the records were read"));
        AssertIndexOfSortedRecords(site);
    }

    [Fact]
    public void Files_not_named_by_their_numbers_are_indexed_from_the_sorted_records()
    {
        using var site = TestSite.CopyOfRepo();
        var folder = site.PathOf(RecordStore.FindingsFolder);
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
        // The first finding's file now sorts last, and the second's first.
        File.Move(files[0], Path.Combine(folder, "zz-first.md"));
        File.Move(files[1], Path.Combine(folder, "000.md"));
        var result = site.Build();
        Assert.Contains(result.Log, l => l.StartsWith("search index:", StringComparison.Ordinal) && l.Contains("after the read"));
        AssertIndexOfSortedRecords(site);
    }

    [Fact]
    public async Task A_failed_read_reports_its_own_errors_only_and_leaves_the_output_alone()
    {
        using var site = TestSite.CopyOfRepo();
        site.Build();
        var before = TestSite.Snapshot(site.Output);
        var folder = site.PathOf(RecordStore.FindingsFolder);
        var last = Directory.GetFiles(folder, "*.md").Order(RecordFileOrder.Instance).Last();
        File.WriteAllText(last, File.ReadAllText(last).Replace("themes:", "themes:\n- 不存在的主题\n- x", StringComparison.Ordinal));
        // A consumer left waiting for records would hold the build: it must end, and soon.
        var failure = await Task.Run(() => Assert.Throws<DiagnosticException>(() => site.Build())).WaitAsync(TimeSpan.FromMinutes(2));
        var errors = failure.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Code == "ZG0303");
        // The search index, started before the read, stopped with it: its own check of themes said nothing.
        Assert.DoesNotContain(errors, d => d.Code.StartsWith("ZG09", StringComparison.Ordinal));
        var after = TestSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, content) in before) Assert.True(content.AsSpan().SequenceEqual(after[path]), path + " changed");
    }
}
