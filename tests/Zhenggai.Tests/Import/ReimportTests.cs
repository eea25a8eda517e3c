using Zhenggai.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Tests.Import;

public sealed class ReimportTests
{
    private const string Seed002 = "seeds/002_fa07499f0b0f03df.txt";

    [Fact]
    public void Reimport_replaces_official_text_and_keeps_hand_edits()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var original = Imported.Record(site, 27);
        var edited = original with
        {
            Title = "黑土地保护（编辑改写的标题）",
            Themes = ["soil", "water"],
            Status = FindingStatus.Completed,
            StatusText = "已整改到位",
            Units = ["区农业农村局"],
            Deadlines = [new Commitment("（二）", "2024年6月底前", "2024-06", "dated")],
            RedirectFrom = ["findings/old-27/"],
            Updated = "2025-04-01",
        };
        site.Write("input/findings/027.md", RecordFile.Write(edited));
        // The source changes: a corrected sentence in 序号二十七's problem, and the finding moves down a line.
        var seed = site.Read(Seed002);
        site.Write(Seed002, ("\n" + seed).Replace("浪费了黑土资源。", "浪费了宝贵的黑土资源。"));

        var report = Imported.Run(site);

        Assert.Equal(ImportOutcome.Updated, report.Findings.Single(f => f.Number == 27).Outcome);
        var after = Imported.Record(site, 27);
        Assert.Contains("浪费了宝贵的黑土资源。", after.Problem);
        Assert.Equal(244, after.SourceLine);
        Assert.Equal(edited.Title, after.Title);
        Assert.Equal(edited.Themes, after.Themes);
        Assert.Equal(edited.Status, after.Status);
        Assert.Equal(edited.StatusText, after.StatusText);
        Assert.Equal(edited.Units, after.Units);
        Assert.Equal(edited.Deadlines, after.Deadlines);
        Assert.Equal(edited.RedirectFrom, after.RedirectFrom);
        Assert.Equal(edited.Updated, after.Updated);
        // Only the line moved for the others: their official text is unchanged.
        Assert.Equal(original.Target, after.Target);
    }

    [Fact]
    public void Hand_edits_alone_are_not_undone_by_a_reimport()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var edited = Imported.Record(site, 5) with { Status = FindingStatus.BasicallyCompleted, Themes = ["air", "soil"] };
        var text = RecordFile.Write(edited);
        site.Write("input/findings/005.md", text);

        var report = Imported.Run(site);

        Assert.Equal(ImportOutcome.Unchanged, report.Findings.Single(f => f.Number == 5).Outcome);
        Assert.Equal(text, site.Read("input/findings/005.md"));
    }

    [Fact]
    public void Edits_to_official_text_in_a_record_are_replaced_by_the_source()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var original = Imported.Record(site, 4);
        site.Write("input/findings/004.md", RecordFile.Write(original with { Result = "被改动的完成情况" }));

        Imported.Run(site);

        Assert.Equal(original.Result, Imported.Record(site, 4).Result);
    }

    [Fact]
    public void A_record_of_another_document_is_not_overwritten()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("seeds/other.txt", "\t序号八\n\t问题。\n\t目标。\n\t措施。\n\t完成情况。\n");
        // Both documents can't be imported together (duplicate), and importing the other one alone must not take over 008.md.
        var before = site.Snapshot();
        var ex = Assert.Throws<DiagnosticException>(() => Imported.Run(site, "seeds/other.txt"));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(("ZG0415", "seeds/other.txt", 1), (d.Code, d.File, d.Line));
        Assert.Contains(Seed002, d.Message);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void An_unreadable_record_stops_the_import_instead_of_losing_its_edits()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("input/findings/013.md", "---\nnumber: 13\nthemes: [soil\n---\n");
        var before = site.Snapshot();
        var ex = Assert.Throws<DiagnosticException>(() => Imported.Run(site));
        Assert.Contains(ex.Diagnostics, d => d.File == "input/findings/013.md");
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void A_record_whose_finding_left_its_source_is_reported()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        var r27 = Imported.Record(site, 27);
        site.Write("input/findings/028.md", RecordFile.Write(r27 with { Number = 28, Label = "序号二十八" }));

        var report = Imported.Run(site);

        var w = Assert.Single(report.Warnings);
        Assert.Equal(("ZG0417", "input/findings/028.md"), (w.Code, w.File));
        Assert.True(File.Exists(site.PathOf("input/findings/028.md"))); // never deleted by the importer
    }

    [Fact]
    public void Check_only_reports_changes_without_writing()
    {
        using var site = TempSite.FromRepo();
        var report = Imported.Run(site, new ImportOptions { CheckOnly = true });
        Assert.Equal(20, report.Created);
        Assert.False(Directory.Exists(site.PathOf("input")));
        Assert.Contains("nothing written", report.Summary);
    }
}
