using System.IO.Compression;
using CsCheck;
using Zhenggai.Diagnostics;
using Zhenggai.Import;
using static Zhenggai.Tests.Import.Docx.DocxCell;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>
/// A Word file the importer cannot use stops the import with a diagnostic naming the file, the
/// row where there is one, and what to do; input/ stays as it was; nothing else is ever thrown.
/// </summary>
public sealed class DocxBadInputTests
{
    private static readonly DocxRow Header = DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况");
    private static readonly DocxRow Good = DocxRow.Of("序号三", "问题。", "目标。", "措施。", "结果。");

    private static Diagnostic Fails(byte[] docx, string code)
    {
        using var site = TempSite.FromRepo(withRecords: true);
        site.Write("seeds/bad.docx", docx);
        var before = site.Snapshot();
        var ex = Assert.Throws<DiagnosticException>(() => Imported.Run(site));
        Assert.Equal(before, site.Snapshot());
        var d = ex.Diagnostics.FirstOrDefault(x => x.Code == code);
        Assert.True(d is not null, $"expected {code}, got: {ex.Message}");
        Assert.True(d.IsError);
        Assert.Equal("seeds/bad.docx", d.File);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        Assert.True(d.Line >= 1);
        return d;
    }

    [Fact]
    public void Not_a_zip()
    {
        var d = Fails("\t序号三\n\t问题。\n"u8.ToArray(), "ZG0420");
        Assert.Contains("not a zip", d.Message);
    }

    [Fact]
    public void An_old_word_file_renamed_to_docx()
    {
        var d = Fails([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "ZG0420");
        Assert.Contains(".doc", d.Message);
        Assert.Contains("docx", d.Hint);
    }

    [Fact]
    public void A_zip_that_is_no_word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            w.Write("hello");
        Fails(stream.ToArray(), "ZG0420");
    }

    [Fact]
    public void A_truncated_docx()
    {
        var bytes = new DocxBuilder().Table(Header, Good).ToBytes();
        Fails(bytes[..(bytes.Length / 2)], "ZG0420");
    }

    [Fact]
    public void A_docx_whose_document_xml_is_broken()
    {
        var bytes = new DocxBuilder().Table(Header, Good).ToBytes();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }
        Fails(stream.ToArray(), "ZG0420");
    }

    [Fact]
    public void A_docx_with_no_table()
    {
        var d = Fails(new DocxBuilder().Paragraph("序号三").Paragraph("整改目标：目标。").ToBytes(), "ZG0421");
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_table_with_no_header_row()
    {
        Fails(new DocxBuilder().Table(DocxRow.Of("序号三", "问题。", "目标。", "措施。", "结果。")).ToBytes(), "ZG0422");
    }

    [Fact]
    public void A_header_row_missing_a_required_column()
    {
        var d = Fails(new DocxBuilder().Table(DocxRow.Of(Cell("整改情况表").Spanning(4)), DocxRow.Header("序号", "问题", "整改措施", "完成情况"),
            DocxRow.Of("序号三", "问题。", "措施。", "结果。")).ToBytes(), "ZG0423");
        Assert.Equal(2, d.Line);
        Assert.Contains("整改目标", d.Message);
    }

    [Fact]
    public void A_header_row_naming_one_part_twice()
    {
        var d = Fails(new DocxBuilder().Table(DocxRow.Header("序号", "问题", "反馈问题", "整改目标", "整改措施", "完成情况"),
            DocxRow.Of("序号三", "问题。", "问题。", "目标。", "措施。", "结果。")).ToBytes(), "ZG0424");
        Assert.Contains("「问题」", d.Message);
    }

    [Fact]
    public void A_number_that_cannot_be_read_points_at_its_row()
    {
        var d = Fails(new DocxBuilder().Table(Header, Good, DocxRow.Of("合计", "问题。", "目标。", "措施。", "结果。")).ToBytes(), "ZG0412");
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void An_empty_part_points_at_its_row_and_a_missing_one_at_the_finding()
    {
        var d = Fails(new DocxBuilder().Table(Header, Good, DocxRow.Of("序号四", "问题。", "", "措施。", "结果。")).ToBytes(), "ZG0407");
        Assert.Equal(3, d.Line);
        Assert.Contains("整改目标", d.Message);
        Assert.Contains("merged, missing or empty cell", d.Hint);

        var e = Fails(new DocxBuilder().Table(Header, Good, DocxRow.Of("序号四", "问题。", "目标。", "措施。")).ToBytes(), "ZG0407");
        Assert.Equal(3, e.Line);
        Assert.Contains("no 完成情况", e.Message);
    }

    [Fact]
    public void A_duplicate_number_across_a_docx_and_a_text_seed()
    {
        // 序号十 is in seeds/000_…txt.
        var d = Fails(new DocxBuilder().Table(Header, DocxRow.Of("10", "问题。", "目标。", "措施。", "结果。")).ToBytes(), "ZG0408");
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Damaged_bytes_give_a_diagnostic_or_findings_and_never_another_exception()
    {
        var good = new DocxBuilder().Table(Header, Good, DocxRow.Of(Cell("4").StartsMerge(), "问题。", "目标。", "措施。", "结果。"), DocxRow.Of(DocxCell.Merged, "", "", "续。", "")).ToBytes();
        var reader = new DocxSourceReader();
        Gen.Int[0, good.Length - 1].Array[1, 8].Select(Gen.Byte.Array[8]).Sample((positions, values) =>
        {
            var bytes = (byte[])good.Clone();
            for (var i = 0; i < positions.Length; i++) bytes[positions[i]] = values[i];
            try
            {
                reader.Read("seeds/fuzz.docx", bytes);
            }
            catch (DiagnosticException ex)
            {
                Assert.All(ex.Diagnostics, d => Assert.Equal("seeds/fuzz.docx", d.File));
            }
        }, iter: 300);
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            try { reader.Read("seeds/fuzz.docx", bytes); }
            catch (DiagnosticException) { }
        }, iter: 300);
    }
}
