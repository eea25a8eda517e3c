using System.Globalization;
using System.Text;

namespace Zhenggai.Render.Data;

/// <summary>
/// data/findings.csv: one row per finding for spreadsheets. UTF-8 with a byte order mark so
/// Excel detects the encoding; CRLF between records and every field in double quotes with
/// inner quotes doubled (RFC 4180). Paragraph breaks inside a part stay '\n' inside the
/// quotes, exactly as in the record.
/// <para>
/// Formula injection: a spreadsheet treats a cell that starts with = + - @ as a formula.
/// Prefixing such cells (the usual ' guard) would change official text, and quoting does
/// not stop a spreadsheet from evaluating, so cells are published verbatim; the data page
/// tells users to import the columns as text, and findings.json is the exact copy.
/// </para>
/// </summary>
public static class FindingsCsv
{
    public const string FileName = "findings.csv";

    public static readonly IReadOnlyList<string> Columns =
        ["序号", "标题", "主题", "状态", "责任单位", "问题", "整改目标", "整改措施", "完成情况", "地址"];

    /// <summary>Joins list values (themes, units) inside one cell.</summary>
    public const string ListSeparator = "、";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    public static IReadOnlyList<string> Row(OpenDataFinding f) =>
    [
        f.Number.ToString(CultureInfo.InvariantCulture),
        f.Title,
        string.Join(ListSeparator, f.Themes.Select(t => t.Label)),
        f.Status,
        string.Join(ListSeparator, f.Units),
        f.Problem,
        f.Target,
        f.Measures,
        f.Result,
        f.Url ?? f.Path,
    ];

    public static byte[] Write(IEnumerable<OpenDataFinding> findings)
    {
        var sb = new StringBuilder();
        AppendRecord(sb, Columns);
        foreach (var f in findings) AppendRecord(sb, Row(f));
        var utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. utf8WithBom.GetPreamble(), .. utf8WithBom.GetBytes(sb.ToString())];
    }

    /// <summary>Cells a spreadsheet would read as a formula; counted for the build log, never changed.</summary>
    public static int FormulaLikeCells(IEnumerable<OpenDataFinding> findings) =>
        findings.SelectMany(Row).Count(cell => cell.Length > 0 && FormulaStarts.Contains(cell[0]));

    private static void AppendRecord(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append('"').Append(fields[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        sb.Append("\r\n");
    }
}
