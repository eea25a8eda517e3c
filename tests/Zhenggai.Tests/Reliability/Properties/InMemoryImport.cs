using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// The importer's pure path, without the file system: what <see cref="SeedImporter.Run"/> does
/// with one document's bytes before it writes (read, validate, make records, write them as
/// record files), so property tests can run thousands of documents a second.
/// </summary>
internal static class InMemoryImport
{
    public const string ReportId = "jilin-round2";

    public static readonly SiteSettings Settings = new()
    {
        Reports = [new ReportSettings { Id = ReportId, Title = "第二轮吉林省生态环境保护督察反馈问题整改任务完成情况" }],
    };

    /// <exception cref="DiagnosticException">What the import command would report; nothing else may escape.</exception>
    public static (SourceDocument Document, IReadOnlyList<FindingRecord> Records) Run(string path, byte[] bytes)
    {
        var document = SourceReaders.Default.First(r => r.Accepts(path)).Read(path, bytes);
        var errors = SourceValidator.Validate([document]).ToList();
        if (errors.Count > 0) throw new DiagnosticException(errors);
        var records = document.Findings.Select(f => SeedImporter.NewRecord(document, f, ReportId, Settings)).ToList();
        return (document, records);
    }

    /// <summary>The record as <c>zhenggai import</c> writes it and <c>build</c> reads it back.</summary>
    public static FindingRecord RoundTrip(FindingRecord record) =>
        RecordFile.Read(new UTF8Encoding(false).GetBytes(RecordFile.Write(record)), "input/findings/" + RecordFile.FileName(record.Number));

    /// <summary>Null when the two records agree on every field the record file holds; otherwise the first difference.</summary>
    public static string? Difference(FindingRecord a, FindingRecord b)
    {
        var fields = new (string Name, object? A, object? B)[]
        {
            ("number", a.Number, b.Number), ("label", a.Label, b.Label), ("title", a.Title, b.Title),
            ("themes", string.Join(",", a.Themes), string.Join(",", b.Themes)), ("status", a.Status, b.Status),
            ("status_text", a.StatusText, b.StatusText), ("report", a.Report, b.Report), ("source", a.Source, b.Source),
            ("source_line", a.SourceLine, b.SourceLine), ("problem", a.Problem, b.Problem), ("target", a.Target, b.Target),
            ("measures", a.Measures, b.Measures), ("result", a.Result, b.Result), ("units_text", a.UnitsText, b.UnitsText),
            ("deadline_text", a.DeadlineText, b.DeadlineText), ("source_note", a.SourceNote, b.SourceNote),
        };
        foreach (var (name, x, y) in fields)
            if (!Equals(x, y)) return $"{name}: 「{x}」 became 「{y}」";
        return null;
    }
}
