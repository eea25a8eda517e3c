using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>
/// The Word original of a report and its plain-text export give the same records. The Word
/// documents here are written from the real seeds' findings (read by the text reader) into a
/// table, once as one clean table and once laid out the way long Word tables end up: rows split
/// across pages, the header repeated on every page, a two-row header, the title above the table.
/// </summary>
public sealed class DocxEquivalenceTests
{
    private static readonly string[] Seeds = ["seeds/000_6392ae6ae0acdf94.txt", "seeds/002_fa07499f0b0f03df.txt"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_docx_holding_the_seeds_findings_imports_to_the_same_records(bool pageLayout)
    {
        using var text = TempSite.FromRepo();
        Imported.Run(text);
        var fromText = Imported.Records(text);

        using var word = TempSite.WithSettings();
        foreach (var seed in Seeds)
        {
            var doc = new TextSourceReader().Read(seed, File.ReadAllBytes(text.PathOf(seed)));
            word.Write(Path.ChangeExtension(seed, ".docx"), SeedDocx(doc, pageLayout));
        }
        // No file named: import picks up the .docx files in seeds/.
        var report = Imported.Run(word);
        Assert.All(report.Documents, d => Assert.Equal(SourceShape.WordTable, d.Shape));
        var fromWord = Imported.Records(word);

        Assert.Equal(20, fromText.Count);
        Assert.Equal(fromText.Select(r => r.Number), fromWord.Select(r => r.Number));
        foreach (var (t, w) in fromText.Zip(fromWord))
        {
            Assert.Equal(Path.ChangeExtension(t.Source, ".docx"), w.Source);
            Assert.Equal(Official(t), Official(w));
            Assert.Equal((t.Title, t.Status, t.StatusText, string.Join(",", t.Themes)), (w.Title, w.Status, w.StatusText, string.Join(",", w.Themes)));
        }
        // The record files differ only in the source lines (rows of the table, not lines of the text).
        var a = File.ReadAllText(text.PathOf("input/findings/027.md"));
        var b = File.ReadAllText(word.PathOf("input/findings/027.md"));
        Assert.Equal(Strip(a), Strip(b));
    }

    [Fact]
    public void Source_lines_of_a_word_document_are_table_rows()
    {
        using var text = TempSite.FromRepo();
        var doc = new TextSourceReader().Read(Seeds[1], File.ReadAllBytes(text.PathOf(Seeds[1])));
        var read = new DocxSourceReader().Read("seeds/x.docx", SeedDocx(doc, pageLayout: false));
        // Row 1 is the header; finding k sits in row k + 1.
        Assert.Equal(Enumerable.Range(2, doc.Findings.Count), read.Findings.Select(f => f.Line));
    }

    private static string Official(FindingRecord r) =>
        string.Join("\u0001", r.Label, r.Problem, r.Target, r.Measures, r.Result, r.UnitsText ?? "<null>", r.DeadlineText ?? "<null>", r.SourceNote ?? "<null>");

    private static string Strip(string record) =>
        string.Join('\n', record.Split('\n').Where(l => !l.StartsWith("source", StringComparison.Ordinal)));

    /// <summary>
    /// The findings written into a Word table. With <paramref name="pageLayout"/>: a two-row header
    /// (「整改情况」 over 整改目标/整改措施/完成情况, 序号 and 问题 merged down), each finding's row split in
    /// two inside its measures (the second half with an empty 序号 cell, as a page break leaves it),
    /// and the header row repeated before every third finding.
    /// </summary>
    private static byte[] SeedDocx(SourceDocument doc, bool pageLayout)
    {
        var builder = new DocxBuilder();
        Assert.All(doc.Findings.Skip(1), f => Assert.Null(f.SourceNote));
        if (doc.Findings[0].SourceNote is { } title)
            foreach (var line in title.Split('\n')) builder.Paragraph(line);

        var rows = new List<DocxRow>();
        if (pageLayout)
        {
            rows.Add(DocxRow.Header(DocxCell.Cell("序　号").StartsMerge(), DocxCell.Cell("问 题").StartsMerge(), DocxCell.Cell("整改情况").Spanning(3)));
            rows.Add(DocxRow.Header(DocxCell.Merged, DocxCell.Merged, "整改目标", "整改措施", "完成情况"));
        }
        else
        {
            rows.Add(DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况"));
        }
        for (var i = 0; i < doc.Findings.Count; i++)
        {
            var f = doc.Findings[i];
            if (!pageLayout)
            {
                rows.Add(DocxRow.Of(f.Label, f.Problem, f.Target, f.Measures, f.Result));
                continue;
            }
            if (i > 0 && i % 3 == 0) rows.Add(DocxRow.Of("序号", "问题", "整改目标", "整改措施", "完成情况"));
            var measures = f.Measures.Split('\n');
            var half = (measures.Length + 1) / 2;
            if (measures.Length < 2)
            {
                rows.Add(DocxRow.Of(f.Label, f.Problem, f.Target, f.Measures, f.Result));
                continue;
            }
            rows.Add(DocxRow.Of(f.Label, f.Problem, f.Target, string.Join('\n', measures[..half]), ""));
            rows.Add(DocxRow.Of("", "", "", string.Join('\n', measures[half..]), f.Result));
        }
        return builder.Table([.. rows]).Paragraph("").ToBytes();
    }
}
