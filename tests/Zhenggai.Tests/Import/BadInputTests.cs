using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

/// <summary>
/// Every bad input stops the whole import with a diagnostic naming the file, the line and what
/// to do, and leaves input/ exactly as it was — even when the other documents are fine.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = "\t序号三\n\t问题的第一句。问题的其余部分。\n\t整改目标。\n\t整改措施。\n\t完成情况。\n";

    /// <summary>Adds <paramref name="bytes"/> as seeds/bad.txt next to the real seeds and committed records, imports everything, and expects failure.</summary>
    private static Diagnostic Fails(byte[] bytes, string code)
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("seeds/bad.txt", bytes);
        return Fails(site, code);
    }

    private static Diagnostic Fails(string text, string code) => Fails(Encoding.UTF8.GetBytes(text), code);

    private static Diagnostic Fails(TempSite site, string code, ImportOptions? options = null, params string[] files)
    {
        var before = site.Snapshot();
        Assert.NotEmpty(before.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal)).Concat(site.Snapshot("seeds").Keys));
        var ex = Assert.Throws<DiagnosticException>(() => Imported.Run(site, options ?? new ImportOptions(), files));
        Assert.Equal(before, site.Snapshot());
        var d = ex.Diagnostics.FirstOrDefault(x => x.Code == code);
        Assert.True(d is not null, $"expected {code}, got: {ex.Message}");
        Assert.True(d.IsError);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        Assert.True(d.Line >= 1);
        return d;
    }

    [Fact]
    public void A_document_with_no_finding()
    {
        var d = Fails("二道区生态环境保护工作情况\n今年以来，我区持续推进生态环境保护工作。\n", "ZG0406");
        Assert.Equal(("seeds/bad.txt", 1), (d.File, d.Line));
    }

    [Fact]
    public void A_table_finding_with_a_missing_cell()
    {
        var d = Fails("\t序号三\n\t问题。\n\t整改目标。\n\t整改措施。\n", "ZG0407");
        Assert.Equal(("seeds/bad.txt", 1), (d.File, d.Line));
        Assert.Contains("完成情况", d.Message);
    }

    [Fact]
    public void A_table_finding_with_an_empty_cell()
    {
        var d = Fails("\t序号三\n\t问题。\n\t\n\t整改措施。\n\t完成情况。\n", "ZG0407");
        Assert.Equal(3, d.Line);
        Assert.Contains("整改目标", d.Message);
    }

    [Fact]
    public void A_labelled_finding_with_a_missing_part()
    {
        var d = Fails("序号3\n整改任务：问题。\n整改目标：目标。\n整改措施：措施。\n", "ZG0407");
        Assert.Equal(1, d.Line);
        Assert.Contains("完成情况", d.Message);
    }

    [Fact]
    public void A_table_finding_with_a_fifth_cell()
    {
        var d = Fails(Good + "\t备注\n", "ZG0409");
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void A_duplicate_number_across_documents()
    {
        // 序号十 is in seeds/000_…; 序号10 is the same finding number.
        var d = Fails(Good.Replace("序号三", "序号10"), "ZG0408");
        Assert.Equal(("seeds/bad.txt", 1), (d.File, d.Line));
        Assert.Contains("seeds/000_6392ae6ae0acdf94.txt line 2", d.Message);
    }

    [Fact]
    public void A_duplicate_number_in_one_document()
    {
        var d = Fails(Good + Good, "ZG0408");
        Assert.Equal(("seeds/bad.txt", 6), (d.File, d.Line));
    }

    [Fact]
    public void A_number_that_cannot_be_read()
    {
        var d = Fails(Good.Replace("序号三", "序号十百"), "ZG0412");
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_label_before_any_number()
    {
        var d = Fails("整改任务：问题。\n整改目标：目标。\n序号3\n整改措施：措施。\n完成情况：结果。\n", "ZG0410");
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_part_label_twice_in_one_finding()
    {
        var d = Fails("序号3\n整改任务：问题。\n整改目标：目标。\n整改措施：措施。\n完成情况：结果。\n整改目标：又一个目标。\n", "ZG0411");
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void An_empty_file()
    {
        var d = Fails([], "ZG0403");
        Assert.Equal(("seeds/bad.txt", 1), (d.File, d.Line));
        Fails(" \n\t\n\n", "ZG0403");
        Fails([0xEF, 0xBB, 0xBF], "ZG0403");
    }

    [Fact]
    public void A_file_in_an_encoding_that_cannot_be_read()
    {
        // Valid UTF-8 for two lines, then bytes that are neither UTF-8 nor GB18030.
        var bytes = Encoding.UTF8.GetBytes(Good[..Good.IndexOf("\t整改目标", StringComparison.Ordinal)]).Concat(new byte[] { 0x09, 0x80, 0xFF, 0x80, 0x0A }).ToArray();
        var d = Fails(bytes, "ZG0404");
        Assert.Equal(("seeds/bad.txt", 3), (d.File, d.Line));
        Assert.Contains("UTF-8", d.Hint);
    }

    [Fact]
    public void A_utf16_file_with_a_broken_byte_order_marked_body()
    {
        var body = Encoding.Unicode.GetBytes("\t序号三\n\t问题\n");
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(body).Concat(new byte[] { 0x00, 0xD8, 0x41, 0x00 }).ToArray(); // lone high surrogate
        var d = Fails(bytes, "ZG0404");
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void A_binary_file()
    {
        var d = Fails([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "ZG0405");
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_file_type_no_reader_handles()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("seeds/report.pdf", "%PDF-1.7\n"u8.ToArray());
        var d = Fails(site, "ZG0402", null, "seeds/report.pdf");
        Assert.Equal("seeds/report.pdf", d.File);
    }

    [Fact]
    public void A_file_that_does_not_exist()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        var d = Fails(site, "ZG0401", null, "seeds/missing.txt");
        Assert.Equal("seeds/missing.txt", d.File);
    }

    [Fact]
    public void A_file_outside_the_site()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        Fails(site, "ZG0413", null, "../elsewhere.txt");
    }

    [Fact]
    public void A_report_that_is_not_in_the_settings_or_several_to_choose_from()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        var d = Fails(site, "ZG0414", new ImportOptions { ReportId = "nope" });
        Assert.Contains("jilin-round2", d.Hint);

        var settings = site.Read("statiq.json").Replace("\"Reports\": [", "\"Reports\": [ { \"Id\": \"other\", \"Title\": \"另一份报告\" },");
        site.Write("statiq.json", settings);
        Fails(site, "ZG0414");
        // Naming the report resolves it.
        Assert.All(Imported.Records(site), r => Assert.Equal("jilin-round2", r.Report));
        Assert.Equal(20, Imported.Run(site, new ImportOptions { ReportId = "jilin-round2" }).Unchanged);
    }

    [Fact]
    public void A_failed_import_into_a_fresh_site_creates_no_input_folder()
    {
        using var site = TempSite.WithSettings();
        site.Write("seeds/a.txt", Good);
        site.Write("seeds/b.txt", Good);
        Assert.Throws<DiagnosticException>(() => Imported.Run(site));
        Assert.False(Directory.Exists(site.PathOf("input")));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("seeds/bad1.txt", "\t序号三\n\t问题。\n");
        site.Write("seeds/bad2.txt", []);
        var ex = Assert.Throws<DiagnosticException>(() => Imported.Run(site));
        Assert.Contains(ex.Diagnostics, d => d.File == "seeds/bad1.txt" && d.Code == "ZG0407");
        Assert.Contains(ex.Diagnostics, d => d.File == "seeds/bad2.txt" && d.Code == "ZG0403");
    }
}
