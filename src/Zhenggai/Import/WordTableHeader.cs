using Zhenggai.Diagnostics;
using Zhenggai.Records;

namespace Zhenggai.Import;

/// <summary>
/// The header row of a report's table: which grid column holds the 序号 and which holds each
/// part. Column names are read leniently — spaces of any width inside them are ignored
/// (「序  号」「整改　目标」), a trailing colon too, and a bracketed remark after the name
/// (「完成情况（截至3月底）」) is allowed — using the label words of <see cref="NoiseRules.Labels"/>
/// (问题, 反馈问题, 整改任务, 整改目标, 整改措施, 完成情况, 整改完成情况, 整改进展, 责任单位,
/// 整改时限, 整改状态 …) plus the number words 序号, 编号, 问题序号, 问题编号. A header may take
/// two rows (「整改情况」 over 「整改措施」「完成情况」): the lower row names the columns.
/// </summary>
internal sealed class WordTableHeader
{
    private static readonly string[] NumberWords = ["问题序号", "问题编号", "序号", "编号"];

    private static readonly IReadOnlyList<(string Word, SourceSection? Section)> Words =
        NumberWords.Select(w => (w, (SourceSection?)null))
            .Concat(NoiseRules.Labels.Select(l => (l.Word, (SourceSection?)l.Section)))
            .OrderByDescending(w => w.Item1.Length)
            .ToList();

    /// <summary>One named column.</summary>
    /// <param name="Section">The part it holds, or null for the 序号 column (when <paramref name="IsNumber"/>) or a column the importer does not know.</param>
    /// <param name="Name">The column name as printed, spaces removed, e.g. 「序号」「备注」.</param>
    /// <param name="Line">The header row it was named in.</param>
    public sealed record Column(bool IsNumber, SourceSection? Section, string Name, int Line, int GridStart);

    private readonly Dictionary<int, Column> _byGrid = [];

    private WordTableHeader(int line) => Line = line;

    /// <summary>The (first) header row.</summary>
    public int Line { get; }

    /// <summary>Header text beyond the column names (a bracketed remark), kept for the source note.</summary>
    public List<string> Remarks { get; } = [];

    /// <summary>The 序号 column, or -1.</summary>
    public int NumberColumn => _byGrid.Values.FirstOrDefault(c => c.IsNumber) is { } c ? c.GridStart : -1;

    /// <summary>The column a cell starting at grid column <paramref name="gridStart"/> belongs to.</summary>
    public Column? ColumnAt(int gridStart) => _byGrid.GetValueOrDefault(gridStart);

    /// <summary>
    /// A header when the row names the 序号 column and another, or three columns; otherwise null.
    /// Two names without 序号 (「责任单位」「整改时限」 in a small table of contacts) are not a findings table.
    /// </summary>
    public static WordTableHeader? TryRead(DocxBody.Row row)
    {
        var named = row.Cells.Where(c => !c.ContinuesAbove).Select(c => Recognise(c.Paragraphs, out var n, out _, out _) ? (bool?)n : null)
            .Where(n => n is not null).ToList();
        if (!(named.Count >= 3 || (named.Count == 2 && named.Contains(true)))) return null;
        var header = new WordTableHeader(row.Line);
        header.Name(row, unknownToo: true);
        return header;
    }

    /// <summary>
    /// True when every cell with text names a column (a second header row, or the header
    /// repeated on a later page). With <paramref name="extend"/>, its names replace the ones above.
    /// </summary>
    public bool IsHeaderRow(DocxBody.Row row, bool extend)
    {
        var filled = row.Cells.Where(c => !c.ContinuesAbove && !c.IsEmpty).ToList();
        if (filled.Count < 2 || !filled.All(c => Recognise(c.Paragraphs, out _, out _, out _))) return false;
        if (extend) Name(row, unknownToo: false);
        return true;
    }

    /// <summary>Missing required columns and columns named twice, as diagnostics on the header row.</summary>
    public IEnumerable<Diagnostic> Problems(string path)
    {
        var columns = _byGrid.Values.Distinct().ToList();
        var hint = "the importer reads the table whose header row names its columns 序号, 问题 (or 反馈问题, 整改任务), 整改目标, 整改措施, 完成情况 (or 整改进展, 整改完成情况), and optionally 责任单位, 整改时限; check the header row of the table in the Word document";
        if (!columns.Any(c => c.IsNumber))
            yield return Diagnostic.Error("ZG0423", path, Line, $"the table's header row (row {Line}) has no 序号 column", hint);
        foreach (var part in FindingParts.All)
            if (!columns.Any(c => c.Section == SourceFinding.SectionOf(part)))
                yield return Diagnostic.Error("ZG0423", path, Line, $"the table's header row (row {Line}) has no {FindingParts.Heading(part)} column", hint);
        foreach (var twice in columns.Where(c => c.IsNumber || c.Section is not null).GroupBy(c => (c.IsNumber, c.Section)).Where(g => g.Count() > 1))
            yield return Diagnostic.Error("ZG0424", path, Line,
                $"the table's header row names two columns for the same part: {string.Join(" and ", twice.Select(c => "「" + c.Name + "」"))}",
                "each part of a finding needs exactly one column; rename or merge the columns in the Word document");
    }

    private void Name(DocxBody.Row row, bool unknownToo)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.ContinuesAbove) continue;
            if (Recognise(cell.Paragraphs, out var isNumber, out var section, out var exact))
            {
                var column = new Column(isNumber, section, Normalise(cell.Paragraphs), row.Line, cell.GridStart);
                for (var g = cell.GridStart; g < cell.GridStart + cell.GridSpan; g++) _byGrid[g] = column;
                if (!exact) Remarks.AddRange(cell.Paragraphs);
            }
            else if (unknownToo && !cell.IsEmpty)
            {
                var column = new Column(false, null, Normalise(cell.Paragraphs), row.Line, cell.GridStart);
                for (var g = cell.GridStart; g < cell.GridStart + cell.GridSpan; g++) _byGrid[g] = column;
            }
        }
    }

    private static string Normalise(IReadOnlyList<string> paragraphs) =>
        string.Concat(string.Concat(paragraphs).Where(c => !char.IsWhiteSpace(c))).TrimEnd('：', ':');

    /// <summary>Whether the cell names a column; <paramref name="exact"/> is false when a bracketed remark follows the name.</summary>
    private static bool Recognise(IReadOnlyList<string> paragraphs, out bool isNumber, out SourceSection? section, out bool exact)
    {
        isNumber = false;
        section = null;
        exact = false;
        if (paragraphs.Count == 0) return false;
        var text = Normalise(paragraphs);
        foreach (var (word, s) in Words)
        {
            if (!text.StartsWith(word, StringComparison.Ordinal)) continue;
            var rest = text[word.Length..];
            exact = rest.Length == 0;
            if (!exact && !(rest[0] is '（' or '(' && rest[^1] is '）' or ')')) continue;
            isNumber = s is null;
            section = s;
            return true;
        }
        return false;
    }
}
