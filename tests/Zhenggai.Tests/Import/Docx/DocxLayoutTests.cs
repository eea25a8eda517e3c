using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhenggai.Import;
using static Zhenggai.Tests.Import.Docx.DocxCell;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>The layouts a Word report's table takes, each read into the right findings and parts.</summary>
public sealed class DocxLayoutTests
{
    private static readonly DocxRow Header = DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况");

    private static IReadOnlyList<SourceFinding> Read(DocxBuilder builder) =>
        new DocxSourceReader().Read("seeds/report.docx", builder.ToBytes()).Findings;

    private static IReadOnlyList<SourceFinding> Read(params DocxRow[] rows) => Read(new DocxBuilder().Table(rows));

    [Fact]
    public void Each_row_is_a_finding_and_each_cell_paragraph_a_line()
    {
        var f = Read(Header,
            DocxRow.Of("序号一", "问题一。\n第二段。", "目标一。", "（一）措施。\n（二）措施。", "已完成。"),
            DocxRow.Of("序号二", "问题二。", "目标二。", "措施二。", "推进中。"));

        Assert.Equal([1, 2], f.Select(x => x.Number));
        Assert.Equal(("序号一", "问题一。\n第二段。", "目标一。", "（一）措施。\n（二）措施。", "已完成。"), (f[0].Label, f[0].Problem, f[0].Target, f[0].Measures, f[0].Result));
        Assert.Equal((2, 3), (f[0].Line, f[1].Line));
        Assert.Null(f[0].SourceNote);
    }

    [Theory]
    [InlineData("一", 1, "序号一")]
    [InlineData("二十七", 27, "序号二十七")]
    [InlineData("27", 27, "序号27")]
    [InlineData("２７", 27, "序号２７")]
    [InlineData("27、", 27, "序号27")]
    [InlineData("序号二十七", 27, "序号二十七")]
    [InlineData("第27号", 27, "第27号")]
    [InlineData("小计", 0, "小计")]
    public void The_number_cell_is_read_in_any_of_its_spellings(string cell, int number, string label)
    {
        var f = Read(Header, DocxRow.Of(cell, "问题。", "目标。", "措施。", "结果。")).Single();
        Assert.Equal((number, label), (f.Number, f.Label));
    }

    [Fact]
    public void Column_names_are_read_with_spaces_full_width_spaces_colons_and_other_words()
    {
        var f = Read(DocxRow.Header("序  号", "反馈问题", "整改　目标：", "整改措施", "整改完成情况（截至2025年3月底）", "责任单位", "整改时限"),
            DocxRow.Of("1", "问题。", "目标。", "措施。", "结果。", "区生态环境分局\n区水利局", "2025年12月底前")).Single();

        Assert.Equal(("问题。", "目标。", "措施。", "结果。"), (f.Problem, f.Target, f.Measures, f.Result));
        Assert.Equal("区生态环境分局\n区水利局", f.UnitsText);
        Assert.Equal("2025年12月底前", f.DeadlineText);
        // The remark in the header is text of the document too.
        Assert.Equal("整改完成情况（截至2025年3月底）", f.SourceNote);

        var g = Read(DocxRow.Header("序号", "整改任务", "整改目标", "整改措施", "整改进展", "整改状态"),
            DocxRow.Of("2", "任务。", "目标。", "措施。", "进展。", "持续推进")).Single();
        Assert.Equal(("任务。", "进展。", "持续推进"), (g.Problem, g.Result, g.SourceStatus));
        Assert.Null(g.UnitsText);
    }

    [Fact]
    public void A_row_split_across_pages_continues_the_finding_above()
    {
        var f = Read(Header,
            DocxRow.Of("序号一", "问题前半。", "目标。", "（一）措施。", ""),
            DocxRow.Of("", "问题后半。", "", "（二）措施。", "已完成。"),
            // A 序号 cell merged down over the next row means the same.
            DocxRow.Of(Cell("序号二").StartsMerge(), "问题二。", "目标二。", "措施二。", "结果二。"),
            DocxRow.Of(Merged, "", "", "措施二续。", "结果二续。"));

        Assert.Equal(2, f.Count);
        Assert.Equal(("问题前半。\n问题后半。", "目标。", "（一）措施。\n（二）措施。", "已完成。"), (f[0].Problem, f[0].Target, f[0].Measures, f[0].Result));
        Assert.Equal(("措施二。\n措施二续。", "结果二。\n结果二续。"), (f[1].Measures, f[1].Result));
    }

    [Fact]
    public void A_header_repeated_on_each_page_is_dropped()
    {
        var f = Read(Header,
            DocxRow.Of("1", "问题一。", "目标一。", "措施一。", "结果一。"),
            DocxRow.Of("序 号", "问　题", "整改目标", "整改措施", "完成情况"),
            DocxRow.Of("2", "问题二。", "目标二。", "措施二。", "结果二。"),
            DocxRow.Of("序号", "问题", "整改目标", "整改措施", "完成情况"));

        Assert.Equal([1, 2], f.Select(x => x.Number));
        Assert.All(f, x => Assert.Null(x.SourceNote));
        Assert.DoesNotContain(f, x => x.Result.Contains("完成情况", StringComparison.Ordinal));
    }

    [Fact]
    public void A_merged_cell_counts_once_in_its_finding_and_is_the_text_of_each_finding_it_spans()
    {
        var f = Read(Header,
            DocxRow.Of("1", Cell("同一问题。").StartsMerge(), "目标一。", Cell("共同措施。").StartsMerge(), "结果一。"),
            DocxRow.Of("2", Merged, "目标二。", Merged, "结果二。"),
            DocxRow.Of(Cell("3").StartsMerge(), Cell("问题三。").StartsMerge(), "目标三。", "措施三。", "结果三。"),
            DocxRow.Of(Merged, Merged, "", "措施三续。", ""));

        Assert.Equal([1, 2, 3], f.Select(x => x.Number));
        Assert.Equal(("同一问题。", "共同措施。"), (f[0].Problem, f[0].Measures));
        Assert.Equal(("同一问题。", "共同措施。", "目标二。"), (f[1].Problem, f[1].Measures, f[1].Target));
        // Inside one finding a merged cell is not repeated.
        Assert.Equal(("问题三。", "措施三。\n措施三续。", "结果三。"), (f[2].Problem, f[2].Measures, f[2].Result));
    }

    [Fact]
    public void A_heading_row_across_the_table_and_text_around_it_go_to_the_source_note()
    {
        var builder = new DocxBuilder()
            .Paragraph("第二轮生态环境保护督察反馈问题整改情况")
            .Paragraph("")
            .Table(
                DocxRow.Of(Cell("附件").Spanning(5)),
                Header,
                DocxRow.Of(Cell("一、水污染防治").Spanning(5)),
                DocxRow.Of("1", "问题一。", "目标一。", "措施一。", "结果一。\n公示期：2025年4月1日至4月7日\n联系电话：0431-1234567"),
                DocxRow.Of(Cell("二、大气污染防治").Spanning(5)),
                DocxRow.Of("2", "问题二。", "目标二。", Cell("措施二。").Spanning(1), "结果二。"))
            .Paragraph("长春市二道区生态环境保护督察整改工作领导小组办公室")
            .Paragraph("2025年3月31日");
        var f = Read(builder);

        // Before the finding: the title, the row above the header, the heading row; after its result: the notice.
        Assert.Equal("第二轮生态环境保护督察反馈问题整改情况\n附件\n一、水污染防治\n公示期：2025年4月1日至4月7日\n联系电话：0431-1234567", f[0].SourceNote);
        Assert.Equal("结果一。", f[0].Result);
        Assert.Equal("二、大气污染防治\n长春市二道区生态环境保护督察整改工作领导小组办公室\n2025年3月31日", f[1].SourceNote);
    }

    [Fact]
    public void A_column_the_importer_does_not_know_is_kept_in_the_note_under_its_name()
    {
        var f = Read(DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况", "备注"),
            DocxRow.Of("1", "问题。", "目标。", "措施。", "结果。", "已销号"),
            DocxRow.Of("", "", "", "", "", "2025年验收"),
            DocxRow.Of("2", "问题。", "目标。", "措施。", "结果。", ""));

        Assert.Equal("备注\n已销号\n2025年验收", f[0].SourceNote);
        Assert.Null(f[1].SourceNote);
    }

    [Fact]
    public void A_table_broken_at_a_page_without_its_header_goes_on()
    {
        var builder = new DocxBuilder()
            .Table(Header, DocxRow.Of("1", "问题一。", "目标一。", "措施一。", "结果一。"))
            .Table(DocxRow.Of("", "", "", "措施一续。", ""), DocxRow.Of("2", "问题二。", "目标二。", "措施二。", "结果二。"))
            .Table(DocxRow.Of("签发人", "张三"))
            .Table(DocxRow.Of("责任单位", "整改时限"), DocxRow.Of("区水利局", "2025年底"));
        var f = Read(builder);

        Assert.Equal([1, 2], f.Select(x => x.Number));
        Assert.Equal("措施一。\n措施一续。", f[0].Measures);
        // Small tables after the findings (a signature, a contact list) are text of the last finding's note.
        Assert.Equal((4, "签发人\n张三\n责任单位\n整改时限\n区水利局\n2025年底"), (f[1].Line, f[1].SourceNote));
    }

    [Fact]
    public void Deleted_text_field_codes_bookmarks_and_hidden_text_do_not_leak_and_inserted_text_stays()
    {
        var problem = new Paragraph(
            new BookmarkStart { Name = "OLE_LINK2", Id = "1" },
            R("部分"),
            new DeletedRun(new Run(new DeletedText("县区"))) { Author = "甲", Id = "2" },
            new InsertedRun(R("市、区")) { Author = "甲", Id = "3" },
            new BookmarkEnd { Id = "1" },
            R("整改不到位"),
            new Run(new RunProperties(new Vanish()), new Text("（内部意见）")),
            R("。"));
        var field = new Paragraph(
            R("见第"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("3"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            R("页，"),
            new SimpleField(R("附件2")) { Instruction = " REF att2 " },
            R("。"),
            new MoveFromRun(R("挪走的字")) { Author = "甲", Id = "4" },
            new CommentRangeStart { Id = "5" },
            new Run(new CommentReference { Id = "5" }),
            new Run(new FootnoteReference { Id = 1 }));

        var f = Read(Header, DocxRow.Of("1", Of(problem), Of(field), "措施。", "结果。")).Single();
        Assert.Equal("部分市、区整改不到位。", f.Problem);
        Assert.Equal("见第3页，附件2。", f.Target);
    }

    [Fact]
    public void Line_breaks_split_paragraphs_and_tabs_become_one_space()
    {
        var measures = new Paragraph(
            R("（一）第一项；"), new Run(new Break()), R("（二）第二项；"),
            new Run(new CarriageReturn()), new Run(new Break { Type = BreakValues.Page }),
            new Run(new TabChar()), R("（三）牵头单位："), new Run(new TabChar(), new TabChar()), R("区水利局"), new Run(new TabChar()));
        var f = Read(Header, DocxRow.Of("1", "问题。", "目标。", Of(measures), "结果。")).Single();
        Assert.Equal("（一）第一项；\n（二）第二项；\n（三）牵头单位： 区水利局", f.Measures);
    }

    [Fact]
    public void Tracked_deletions_of_a_paragraph_mark_and_of_a_row_are_accepted()
    {
        var joined = new Paragraph(new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Author = "甲", Id = "7" })), R("上半句，"));
        var f = Read(Header,
            DocxRow.Of("1", Of(joined, P("下半句。")), "目标。", "措施。", "结果。"),
            DocxRow.DeletedRow("2", "删掉的问题。", "目标。", "措施。", "结果。"),
            DocxRow.Of("3", "问题三。", "目标。", "措施。", "结果。"));

        Assert.Equal([1, 3], f.Select(x => x.Number));
        Assert.Equal("上半句，下半句。", f[0].Problem);
    }

    [Fact]
    public void Content_controls_and_a_table_nested_in_a_cell_keep_their_text()
    {
        var nested = new Table(new TableGrid(new GridColumn(), new GridColumn()),
            new TableRow(new TableCell(P("单位")), new TableCell(P("完成时间"))),
            new TableRow(new TableCell(P("区水利局")), new TableCell(P("2024年"))));
        var sdt = new SdtBlock(new SdtContentBlock(P("控件里的目标。")));
        var tc = new TableCell(new TableCellProperties(), P("结果："), nested, new Paragraph());
        var row = new TableRow(new TableCell(P("2")), new TableCell(P("问题。")), new TableCell(sdt), new TableCell(P("措施。")), tc);
        var table = new Table(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn())),
            new TableRow(new[] { "序号", "问题", "整改目标", "整改措施", "完成情况" }.Select(h => new TableCell(P(h)))), row);
        var g = Read(new DocxBuilder().Add(table)).Single();
        Assert.Equal(("控件里的目标。", "结果：\n单位\n完成时间\n区水利局\n2024年"), (g.Target, g.Result));
    }
}
