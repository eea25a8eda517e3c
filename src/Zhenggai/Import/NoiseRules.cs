using System.Text.RegularExpressions;

namespace Zhenggai.Import;

/// <summary>
/// The one list of what the importer drops from a source document. Every other character of
/// the source lands in a record (a part, the 序号 label, 责任单位, 整改时限, the status or the
/// source note); the conservation tests check exactly that, so anything added here must be
/// noise or structure, never text a reader would miss. Dropped:
/// <list type="bullet">
/// <item>Word bookmarks left by conversion (<see cref="Bookmark"/>);</item>
/// <item>leading and trailing whitespace of a line, including the TAB that starts a table cell
/// and full-width indentation (<see cref="Clean"/>, <see cref="CellStart"/>);</item>
/// <item>blank lines (<see cref="IsBlank"/>);</item>
/// <item>row counters, the lone number cells of the original table (<see cref="RowCounter"/>);</item>
/// <item>a table's header row above the first finding (<see cref="IsHeaderCell"/>);</item>
/// <item>in the labelled shapes, the label words, their heading numbering and the colon or TAB
/// after them (<see cref="Labels"/>, <see cref="HeadingNumbering"/>, <see cref="LabelSeparator"/>).</item>
/// </list>
/// </summary>
public static partial class NoiseRules
{
    /// <summary>Word bookmarks that text conversion leaves in the text, e.g. <c>[bookmark: OLE_LINK2]</c>.</summary>
    [GeneratedRegex(@"\[bookmark: [^\]\n]*\]", RegexOptions.CultureInvariant)]
    public static partial Regex Bookmark();

    /// <summary>
    /// A flattened table starts each cell with a TAB, sometimes after stray spaces. The TAB and
    /// the spaces are layout, not text.
    /// </summary>
    [GeneratedRegex(@"^[ \u00A0\u3000]*\t", RegexOptions.CultureInvariant)]
    public static partial Regex CellStart();

    /// <summary>
    /// A cell holding nothing but a number, right before a 序号 cell (or at the end): the
    /// original table's row counter, which numbers rows, not findings.
    /// </summary>
    [GeneratedRegex(@"^[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex RowCounter();

    /// <summary>
    /// Numbering in front of a section heading (「一、」「2.」「（三）」), dropped together with the
    /// label it introduces: it numbers the document's sections, not the finding's text.
    /// </summary>
    public const string HeadingNumbering = @"(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9０-９]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])";

    /// <summary>What may separate a label from its text on the same line: a colon (full or half width) or a TAB.</summary>
    public const string LabelSeparator = "[：:\t]";

    /// <summary>
    /// Label words of the labelled shapes. They are structure: the section they open holds the
    /// text, and the word itself is not repeated in the record. Longer words come first so that
    /// 整改完成情况 wins over 完成情况.
    /// </summary>
    public static readonly IReadOnlyList<StructureLabel> Labels =
    [
        new("整改任务内容", SourceSection.Problem),
        new("整改任务", SourceSection.Problem),
        new("督察反馈问题", SourceSection.Problem),
        new("反馈问题内容", SourceSection.Problem),
        new("反馈问题", SourceSection.Problem),
        new("问题内容", SourceSection.Problem),
        new("问题描述", SourceSection.Problem),
        new("存在问题", SourceSection.Problem),
        new("问题", SourceSection.Problem),
        new("整改目标", SourceSection.Target),
        new("主要整改措施", SourceSection.Measures),
        new("具体整改措施", SourceSection.Measures),
        new("整改措施", SourceSection.Measures),
        new("整改举措", SourceSection.Measures),
        new("整改完成情况", SourceSection.Result),
        new("整改落实情况", SourceSection.Result),
        new("整改进展情况", SourceSection.Result),
        new("整改推进情况", SourceSection.Result),
        new("整改进展", SourceSection.Result),
        new("整改效果", SourceSection.Result),
        new("整改成效", SourceSection.Result),
        new("整改情况", SourceSection.Result),
        new("完成情况", SourceSection.Result),
        new("进展情况", SourceSection.Result),
        new("落实情况", SourceSection.Result),
        new("整改责任单位", SourceSection.Units),
        new("责任单位", SourceSection.Units),
        new("责任部门", SourceSection.Units),
        new("牵头单位", SourceSection.Units),
        new("整改时限", SourceSection.Deadline),
        new("完成时限", SourceSection.Deadline),
        new("整改期限", SourceSection.Deadline),
        new("整改状态", SourceSection.Status),
        new("完成状态", SourceSection.Status),
    ];

    /// <summary>
    /// A source line as it reads once noise is gone: bookmarks removed, leading and trailing
    /// whitespace (spaces, TABs, full-width indentation) removed. Inner spaces stay verbatim.
    /// An empty result is a blank line, which carries no text.
    /// </summary>
    public static string Clean(string line) => Bookmark().Replace(line, "").Trim();

    public static bool IsBlank(string cleaned) => cleaned.Length == 0;

    /// <summary>
    /// A cell of a table's header row above the first finding: 「序号」 or a label word alone
    /// (「问题」「整改目标」 …). It names the columns, which the record's headings already do.
    /// </summary>
    public static bool IsHeaderCell(string cleaned) =>
        cleaned == "序号" || Labels.Any(l => l.Word == cleaned);
}
