using System.Text.RegularExpressions;
using CsCheck;
using Zhenggai.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Tests.Import;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// Damaged documents (<see cref="Mutations"/>): whatever the damage, the import either succeeds
/// with every kept character of the source in exactly one field, or stops with diagnostics
/// that each name the file, a line inside it, a code and a hint. No other exception escapes:
/// the command line would turn it into exit code 3, "a bug in zhenggai".
/// </summary>
public sealed partial class DamagedImportPropertyTests
{
    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var n) ? n : 5_000;

    private const string SourcePath = "seeds/damaged.txt";

    [GeneratedRegex(@"^ZG\d{4}$")]
    private static partial Regex Code();

    [Fact]
    public void Damaged_documents_import_faithfully_or_fail_with_a_located_diagnostic()
    {
        Gen.Select(DocumentGen.Document, Mutations.One.Array[1, 4]).Sample((doc, mutations) =>
        {
            var written = DocumentWriter.Write(doc);
            var bytes = Mutations.Apply(written.Text, doc.Encoding, mutations, out var text);
            // A changed byte may add a line break; the bound allows one per byte mutation.
            var lastLine = text.Split('\n').Length + text.Count(c => c == '\r') + mutations.Count(m => m.Kind > 5) + 1;
            try
            {
                var (document, records) = InMemoryImport.Run(SourcePath, bytes);
                // Success: the damage left a readable document, and nothing of it may be lost.
                var decoded = SourceDecoder.Decode(bytes, SourcePath).Text;
                var kept = Conservation.KeptParagraphs(decoded, document.Shape);
                var lost = Conservation.Check(kept, records, ordered: document.Shape == SourceShape.TableText);
                Assert.True(lost is null, lost);
                foreach (var record in records)
                    {
                    var changed = InMemoryImport.Difference(record, InMemoryImport.RoundTrip(record));
                    Assert.True(changed is null, changed);
                }
            }
            catch (DiagnosticException ex)
            {
                Assert.NotEmpty(ex.Diagnostics);
                foreach (var d in ex.Diagnostics)
                {
                    Assert.True(d.IsError, d.ToString());
                    Assert.True(d.File == SourcePath, d.ToString());
                    Assert.InRange(d.Line, 1, lastLine);
                    Assert.Matches(Code(), d.Code);
                    Assert.False(string.IsNullOrWhiteSpace(d.Message), d.ToString());
                    Assert.False(string.IsNullOrWhiteSpace(d.Hint), d.ToString());
                }
            }
        }, iter: Cases, print: t => "\n" + Visible.Text(Mutated(t.Item1, t.Item2)) + "\nmutations: " + string.Join(", ", t.Item2.Select(m => m.ToString())));
    }

    /// <summary>The damaged document as the importer reads it (after byte damage too), or as text when it cannot be decoded.</summary>
    private static string Mutated(GeneratedDocument doc, Mutation[] mutations)
    {
        var bytes = Mutations.Apply(DocumentWriter.Write(doc).Text, doc.Encoding, mutations, out var text);
        try
        {
            return SourceDecoder.Decode(bytes, SourcePath).Text;
        }
        catch (Zhenggai.Diagnostics.DiagnosticException)
        {
            return text;
        }
    }
}
