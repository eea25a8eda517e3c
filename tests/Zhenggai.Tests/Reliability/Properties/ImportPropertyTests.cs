using System.Collections.Concurrent;
using CsCheck;
using Xunit.Abstractions;
using Zhenggai.Import;
using Zhenggai.Tests.Import;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// Generated documents in every shape the importer reads (the seeds' flattened table, label
/// lines, headed sections, alternating labels), written with the noise real exports carry,
/// in every encoding the importer accepts. For each one: the import succeeds, reads every
/// finding's number, label line and fields exactly as generated, the conservation check
/// (<see cref="Conservation"/>, which never calls the parsers) finds every kept character in
/// exactly one field in order, and the record file written from it reads back identical.
/// </summary>
public sealed class ImportPropertyTests(ITestOutputHelper output)
{
    /// <summary>Cases per run: CsCheck_Iter overrides it (e.g. 1000000 for a long local run).</summary>
    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var n) ? n : 10_000;

    private const string SourcePath = "seeds/generated.txt";

    [Fact]
    public void Generated_documents_import_verbatim_and_tile_their_source()
    {
        var seen = new ConcurrentDictionary<string, int>();
        DocumentGen.Document.Sample(doc =>
        {
            var written = DocumentWriter.Write(doc);
            var (document, records) = InMemoryImport.Run(SourcePath, written.Bytes);

            Assert.Equal(written.Shape, document.Shape);
            Assert.Equal(written.Findings.Count, document.Findings.Count);
            for (var i = 0; i < written.Findings.Count; i++)
            {
                var e = written.Findings[i];
                var a = document.Findings[i];
                Assert.Equal((e.Number, e.Label, e.Line), (a.Number, a.Label, a.Line));
                Assert.Equal(e.Problem, a.Problem);
                Assert.Equal(e.Target, a.Target);
                Assert.Equal(e.Measures, a.Measures);
                Assert.Equal(e.Result, a.Result);
                Assert.Equal(e.Units, a.UnitsText);
                Assert.Equal(e.Deadline, a.DeadlineText);
                Assert.Equal(e.Status, a.SourceStatus);
                Assert.Equal(e.Note, a.SourceNote);
            }

            var kept = Conservation.KeptParagraphs(written.Text, document.Shape);
            var lost = Conservation.Check(kept, records, ordered: document.Shape == SourceShape.TableText);
                Assert.True(lost is null, lost);

            foreach (var record in records)
                {
                    var changed = InMemoryImport.Difference(record, InMemoryImport.RoundTrip(record));
                    Assert.True(changed is null, changed);
                }

            Count(seen, written, doc);
        }, iter: Cases, print: doc => "\n" + Visible.Text(DocumentWriter.Write(doc).Text));

        foreach (var (feature, count) in seen.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"{feature}: {count}");
        // The generator must keep reaching every shape, encoding and kind of noise, or the property proves less than it says.
        var expected = new[]
        {
            "shape Table", "shape LabelLines", "shape HeadedSections", "shape AlternatingLabels",
            "encoding 0", "encoding 1", "encoding 2", "encoding 3", "encoding 4",
            "CRLF", "CR", "bookmark", "row counter", "header row", "full-width indent", "blank line with spaces",
            "notice", "sub-item", "department line", "several findings",
        };
        foreach (var feature in expected)
            Assert.True(seen.GetValueOrDefault(feature) >= Cases / 100, $"only {seen.GetValueOrDefault(feature)} cases with {feature}");
    }

    private static void Count(ConcurrentDictionary<string, int> seen, WrittenDocument written, GeneratedDocument doc)
    {
        void Add(string feature) => seen.AddOrUpdate(feature, 1, (_, n) => n + 1);
        var text = written.Text;
        Add("shape " + doc.Shape);
        Add("encoding " + doc.Encoding);
        if (text.Contains("\r\n", StringComparison.Ordinal)) Add("CRLF");
        if (text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r')) Add("CR");
        if (text.Contains("[bookmark:", StringComparison.Ordinal)) Add("bookmark");
        if (doc.Shape == GeneratedShape.Table && doc.RowCounters) Add("row counter");
        if (doc.Shape == GeneratedShape.Table && doc.HeaderRow) Add("header row");
        if (text.Contains('\u3000')) Add("full-width indent");
        if (text.Contains("\n \n", StringComparison.Ordinal) || text.Contains("\n  \r\n", StringComparison.Ordinal)) Add("blank line with spaces");
        if (doc.Findings.Any(f => f.Trailer.Length > 0)) Add("notice");
        if (text.Contains("（一）", StringComparison.Ordinal)) Add("sub-item");
        if (OfficialText.DepartmentLines.Any(d => text.Contains(d, StringComparison.Ordinal))) Add("department line");
        if (doc.Findings.Length > 1) Add("several findings");
    }
}
