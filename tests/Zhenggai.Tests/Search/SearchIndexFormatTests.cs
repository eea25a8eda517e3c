using CsCheck;
using System.Text;
using System.Text.Json.Nodes;
using Zhenggai.Diagnostics;
using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

public class SearchIndexFormatTests
{
    private static SearchDocument Doc(int n, string text, string title = "标题", string url = "", string status = "completed", params string[] themes) =>
        new(n, $"序号{n}", title, themes.Length == 0 ? ["water"] : themes, status, url == "" ? $"findings/{n}/" : url,
            [new SearchField("问题", "problem", text), new SearchField("完成情况", "result", "已完成。")]);

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        var docs = SeedSearchDocuments.All;
        var a = SearchIndexBuilder.Build(docs, SeedSearchDocuments.Options());
        var b = SearchIndexBuilder.Build(docs, SeedSearchDocuments.Options());
        Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
        for (var i = 0; i < a.Count; i++) Assert.True(a[i].Content.AsSpan().SequenceEqual(b[i].Content), a[i].Path + " differs");
        Assert.Contains(a, f => f.Path == "search/meta.json");
        Assert.All(a, f => Assert.StartsWith("search/", f.Path));
        // Results read the findings' own open-data files: the index holds no copy of the text.
        Assert.DoesNotContain(a, f => f.Path.StartsWith("search/d/", StringComparison.Ordinal));
    }

    [Fact]
    public void Results_read_the_open_data_file_the_site_publishes_beside_each_finding()
    {
        var record = new Zhenggai.Records.FindingRecord
        {
            Number = 25, Label = "序号二十五", Title = "矿山治理", Themes = ["mines"], Status = "已完成",
            Report = "search", Source = "search", Problem = "问题文字", Target = "目标文字", Measures = "措施文字", Result = "结果文字",
        };
        var options = SearchIndexOptions.ForSettings(new Zhenggai.Settings.SiteSettings());
        Assert.Equal(Zhenggai.Render.Data.OpenDataModule.FindingJsonPath(25), SearchIndexBuilder.DocumentPath(options, 25));
        var published = Zhenggai.Render.Data.OpenDataJson.Serialize(Zhenggai.Render.Data.OpenDataFinding.From(
            record, new Dictionary<string, string> { ["mines"] = "矿山" }, new Zhenggai.Render.SiteAddresses(new Zhenggai.Settings.SiteSettings())));
        var json = JsonNode.Parse(published)!;
        Assert.Equal(25, (int)json["number"]!);
        Assert.Equal(record.Label, (string)json["label"]!);
        Assert.Equal(record.Title, (string)json["title"]!);
        Assert.Equal("findings/25/", (string)json["path"]!);
        var doc = SearchDocument.FromRecord(record, "findings/25/");
        Assert.Equal(doc.Fields.Select(f => f.Anchor), options.Parts.Select(p => p.Key));
        Assert.Equal(doc.Fields.Select(f => f.Label), options.Parts.Select(p => p.Label));
        foreach (var f in doc.Fields) Assert.Equal(f.Text, (string)json[f.Anchor]!);
        // The benchmark's and tests' stand-in is the same file.
        Assert.Equal(published, SearchDocumentFile.Json(doc, options with { Themes = [new SearchFacet("mines", "矿山")] }));
    }

    [Fact]
    public void Streaming_and_in_memory_builds_write_the_same_files()
    {
        var docs = SeedSearchDocuments.All;
        var streamed = new List<(string Path, byte[] Content)>();
        var stats = SearchIndexBuilder.Build(docs.Select(d => d), SeedSearchDocuments.Options(), (p, c) => streamed.Add((p, c)));
        var listed = SearchIndexBuilder.Build(docs, SeedSearchDocuments.Options());
        Assert.Equal(listed.Select(f => f.Path), streamed.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(docs.Count, stats.Documents);
        Assert.Equal(listed.Count, stats.Files);
        Assert.Equal(listed.Sum(f => (long)f.Content.Length), stats.Bytes);
    }

    [Fact]
    public void Official_text_stays_inert_data_and_comes_back_verbatim()
    {
        const string nasty = "</script><script>alert(1)</script> & &amp; <b>粗</b> 'x' \"y\" \u2028行\u2029段 `z` 秸秆";
        var docs = new[] { Doc(1, nasty, title: "</script>标题&"), Doc(2, "普通文字") };
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: 2, largeEntryBytes: 64));
        foreach (var (path, content) in index.Files)
        {
            var text = Encoding.UTF8.GetString(content);
            Assert.DoesNotContain("<", text);
            Assert.DoesNotContain(">", text);
            Assert.DoesNotContain("&", text);
            Assert.DoesNotContain("\u2028", text);
            Assert.DoesNotContain("\u2029", text);
        }
        var answers = NodeHarness.Query(index.Root, [("秸秆", "", ""), ("</script>", "", "")], excerpts: 5);
        Assert.Equal([1], answers[0].Results.Select(r => r.Number));
        Assert.Equal([1], answers[1].Results.Select(r => r.Number));
        var excerpt = answers[1].Excerpts[0]!;
        Assert.Equal("</script>标题&", (string)excerpt["title"]!);
        var shown = string.Concat(excerpt["segments"]!.AsArray().Select(s => (string)s!["text"]!));
        Assert.Equal(nasty, shown);
        Assert.Equal(["</script>", "</script>"], excerpt["segments"]!.AsArray().Where(x => (bool)x!["mark"]!).Select(x => (string)x!["text"]!));
    }

    [Fact]
    public void Bad_documents_become_diagnostics()
    {
        var docs = new[]
        {
            Doc(2, "甲"),
            Doc(1, "乙"),                                          // out of order
            Doc(3, "丙", themes: "rivers"),                        // unknown theme
            Doc(4, "丁", status: "finished"),                      // unknown status
            Doc(5, "戊", url: "javascript:alert(1)"),              // not a relative path
            Doc(6, "己", url: "/findings/6/"),                     // site-absolute
            Doc(7, "庚", url: "../findings/7/"),                   // leaves the site
            Doc(8, "辛\uD800"),                                    // broken text
        };
        var e = Assert.Throws<DiagnosticException>(() => SearchIndexBuilder.Build(docs, SeedSearchDocuments.Options()));
        var codes = e.Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["ZG0902", "ZG0903", "ZG0904", "ZG0906", "ZG0906", "ZG0906", "ZG0907"], codes);
    }

    [Fact]
    public void A_part_too_long_to_address_is_a_diagnostic()
    {
        var docs = new[] { Doc(1, new string('水', SearchTokenizer.MaxPositions)) };
        var e = Assert.Throws<DiagnosticException>(() => SearchIndexBuilder.Build(docs, SeedSearchDocuments.Options()));
        Assert.Equal("ZG0901", Assert.Single(e.Diagnostics).Code);
    }

    [Fact]
    public void Meta_lists_the_facets_and_the_document_table()
    {
        var files = SearchIndexBuilder.Build(SeedSearchDocuments.All, SeedSearchDocuments.Options());
        var meta = JsonNode.Parse(files.Single(f => f.Path == "search/meta.json").Content)!;
        Assert.Equal(SeedSearchDocuments.All.Count, (int)meta["documents"]!);
        Assert.Equal(SeedSearchDocuments.Themes().Select(t => t.Key), meta["themes"]!.AsArray().Select(t => (string)t![0]!));
        Assert.Equal(["已完成", "基本完成", "达到序时进度", "持续推进", "未完成"], meta["statuses"]!.AsArray().Select(t => (string)t![1]!));
        var numbers = new List<int>();
        var n = 0;
        foreach (var gap in PostingString.Decode((string)meta["numbers"]!)) numbers.Add(n += (int)gap);
        Assert.Equal(SeedSearchDocuments.All.Select(d => d.Number), numbers);
        Assert.Equal(SeedSearchDocuments.All.Select(d => (ulong)SearchIndexOptions.DefaultStatuses.ToList().FindIndex(s => s.Key == d.StatusKey)),
            PostingString.Decode((string)meta["statusIndexes"]!));
    }

    [Fact]
    public void A_record_maps_to_its_four_parts_with_their_anchors()
    {
        var record = new Zhenggai.Records.FindingRecord
        {
            Number = 25, Label = "序号二十五", Title = "矿山治理", Themes = ["mines"], Status = "已完成",
            Report = "r", Source = "s", Problem = "问题文字", Target = "目标文字", Measures = "措施文字", Result = "结果文字",
            FilePath = "input/findings/025.md",
        };
        var doc = SearchDocument.FromRecord(record, "findings/25/");
        Assert.Equal("completed", doc.StatusKey);
        Assert.Equal(["问题", "整改目标", "整改措施", "完成情况"], doc.Fields.Select(f => f.Label));
        Assert.Equal(["problem", "target", "measures", "result"], doc.Fields.Select(f => f.Anchor));
        Assert.Equal(["问题文字", "目标文字", "措施文字", "结果文字"], doc.Fields.Select(f => f.Text));
        Assert.Equal("input/findings/025.md", doc.SourceFile);
        var options = SearchIndexOptions.ForSettings(new Zhenggai.Settings.SiteSettings());
        Assert.Equal(["water", "air", "soil", "mines", "general"], options.Themes.Select(t => t.Key));
    }

    [Fact]
    public void Large_sites_get_more_and_smaller_partitions()
    {
        Assert.Equal([4, 4, 32, 64, 64, 64, 128, 256, 256], new[] { 0, 20, 1_000, 2_047, 2_048, 10_000, 50_000, 100_000, 1_000_000 }.Select(SearchIndexOptions.PartitionsFor));
    }

    [Fact]
    public void Posting_strings_round_trip_any_numbers()
    {
        Gen.Int[0, int.MaxValue].Array[0, 50].Sample(values =>
            Assert.Equal(values.Select(v => (ulong)v), PostingString.Decode(System.Text.Encoding.ASCII.GetString(PostingString.Encode(values)))));
    }
}
