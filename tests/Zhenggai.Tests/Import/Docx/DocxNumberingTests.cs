using DocumentFormat.OpenXml.Wordprocessing;
using Zhenggai.Import;
using static Zhenggai.Tests.Import.Docx.DocxCell;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>
/// Numbers Word prints in front of numbered paragraphs live in the list definitions, not in the
/// text; the importer writes them, as Word's own text export does, so 「（二）」 is not lost.
/// </summary>
public sealed class DocxNumberingTests
{
    private static readonly DocxRow Header = DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况");

    private static Level Level(int index, NumberFormatValues format, string text, LevelSuffixValues? suffix = null, string? style = null)
    {
        var level = new Level { LevelIndex = index };
        level.Append(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format });
        if (style is not null) level.Append(new ParagraphStyleIdInLevel { Val = style });
        if (suffix is { } s) level.Append(new LevelSuffix { Val = s });
        level.Append(new LevelText { Val = text });
        return level;
    }

    private static Numbering Lists() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.ChineseCounting, "（%1）"),
            Level(1, NumberFormatValues.Decimal, "%2.")) { AbstractNumberId = 0 },
        new AbstractNum(Level(0, NumberFormatValues.ChineseCounting, "%1、", LevelSuffixValues.Nothing, style: "H2")) { AbstractNumberId = 1 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "\uF0B7")) { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
        // "Restart numbering" in Word: a new list instance over the same definition, starting again.
        new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 3 },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 4 });

    private static Styles StylesWithNumberedHeading() => new(
        new Style(new StyleName { Val = "标题 2" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 })))
        { Type = StyleValues.Paragraph, StyleId = "H2" },
        new Style(new StyleName { Val = "正文小标题" }, new BasedOn { Val = "H2" }) { Type = StyleValues.Paragraph, StyleId = "H2x" });

    private static Paragraph Numbered(string text, int numId, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), R(text));

    private static Paragraph Styled(string text, string style) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), R(text));

    [Fact]
    public void List_numbers_are_written_in_front_of_their_paragraphs()
    {
        var builder = new DocxBuilder().WithNumbering(Lists()).WithStyles(StylesWithNumberedHeading()).Table(Header,
            DocxRow.Of("1",
                Of(Styled("水污染问题。", "H2"), Styled("大气污染问题。", "H2x")),
                Of(Numbered("目标。", 0), Numbered("要点一", 4), Numbered("要点二", 4)),
                Of(Numbered("严格落实责任", 1), Numbered("第一小项", 1, 1), Numbered("第二小项", 1, 1),
                   Numbered("加强监管", 1), Numbered("新的小项", 1, 1)),
                "结果。"),
            DocxRow.Of("2", "问题。", "目标。", Of(Numbered("继续编号", 1), Numbered("重新编号", 2)), "结果。"));
        var f = new DocxSourceReader().Read("seeds/r.docx", builder.ToBytes()).Findings;

        Assert.Equal("一、水污染问题。\n二、大气污染问题。", f[0].Problem);
        Assert.Equal("目标。\n• 要点一\n• 要点二", f[0].Target);
        Assert.Equal("（一）严格落实责任\n1. 第一小项\n2. 第二小项\n（二）加强监管\n1. 新的小项", f[0].Measures);
        Assert.Equal("（三）继续编号\n（一）重新编号", f[1].Measures);
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCountingThousand", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(105, "chineseCounting", "一百零五")]
    [InlineData(110, "chineseCounting", "一百一十")]
    [InlineData(27, "chineseLegalSimplified", "贰拾柒")]
    [InlineData(103, "ideographDigital", "一〇三")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(3, "decimalEnclosedCircleChinese", "③")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(7, "somethingNew", "7")]
    public void Counters_are_written_in_the_list_format(int value, string format, string expected) =>
        Assert.Equal(expected, DocxListNumbers.Format(value, format));
}
