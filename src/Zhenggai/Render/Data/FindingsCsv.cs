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
        using var stream = new MemoryStream();
        using (var writer = Open(stream))
        {
            foreach (var f in findings) WriteRow(writer, f);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A writer for the file on <paramref name="stream"/>, its byte order mark and header row
    /// already written; add rows with <see cref="WriteRow"/>, so the file need not be held in memory.
    /// </summary>
    public static TextWriter Open(Stream stream)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        WriteRecord(writer, Columns);
        return writer;
    }

    /// <summary>Writes the finding's row; returns how many of its cells look like formulas (see <see cref="FormulaLikeCells"/>).</summary>
    public static int WriteRow(TextWriter writer, OpenDataFinding finding)
    {
        var row = Row(finding);
        WriteRecord(writer, row);
        return row.Count(IsFormulaLike);
    }

    /// <summary>Cells a spreadsheet would read as a formula; counted for the build log, never changed.</summary>
    public static int FormulaLikeCells(IEnumerable<OpenDataFinding> findings) =>
        findings.SelectMany(Row).Count(IsFormulaLike);

    private static bool IsFormulaLike(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]);

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write('"');
            writer.Write(fields[i].Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        writer.Write("\r\n");
    }
}
