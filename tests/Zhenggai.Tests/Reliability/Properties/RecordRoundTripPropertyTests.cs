using System.Text;
using CsCheck;
using Zhenggai.Records;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// The record file keeps what it is given: any front matter text (any characters a decoder can
/// produce, with leading or trailing spaces and TABs, quotes, colons, YAML indicators, line
/// breaks) and any paragraph of official text (trimmed, as every reader leaves it) reads back
/// from <see cref="RecordFile.Write"/> exactly.
/// </summary>
public sealed class RecordRoundTripPropertyTests
{
    /// <summary>Characters any decoder can give: no NUL (records refuse it) and no lone surrogates (no encoding holds them).</summary>
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u4FFF']),
        (4, Gen.Char[' ', '~']),
        (2, Gen.OneOf<char>(' ', '\t', '\u3000', '\u00A0', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u200B', '“', '”', '：', '\r', '\n', '\u0001', '\u007F', '\uFFFD')),
        (1, Gen.Char['\u0001', '\uD7FF']));

    private static readonly Gen<string> AnyText = AnyChar.Array[1, 30].Select(c => new string(c));

    /// <summary>Text for a field the record requires: not blank, or the record is refused (ZG0208).</summary>
    private static readonly Gen<string> Required = AnyText.Where(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>A paragraph as readers leave it: one line, not blank, no leading or trailing whitespace.</summary>
    private static readonly Gen<string> Paragraph = AnyText
        .Select(t => t.Replace('\r', ' ').Replace('\n', ' ').Trim())
        .Where(t => t.Length > 0);

    [Fact]
    public void Front_matter_text_and_paragraphs_read_back_exactly()
    {
        Gen.Select(Gen.Select(Required, Required, AnyText, Required), Gen.Select(AnyText.Array[0, 3], Paragraph.Array[1, 4], Paragraph.Array[1, 3]))
            .Sample((front, body) =>
            {
                var (label, title, statusText, source) = front;
                var (units, problem, result) = body;
                var record = new FindingRecord
                {
                    Number = 7,
                    Label = label,
                    Title = title,
                    Themes = ["water"],
                    Status = FindingStatus.Ongoing,
                    StatusText = statusText,
                    Report = "jilin-round2",
                    Source = source,
                    Units = units,
                    Problem = string.Join('\n', problem),
                    Target = problem[0],
                    Measures = string.Join('\n', result),
                    Result = string.Join('\n', result),
                    SourceNote = string.Join('\n', problem),
                };
                var back = RecordFile.Read(new UTF8Encoding(false).GetBytes(RecordFile.Write(record)), "input/findings/007.md");
                var changed = InMemoryImport.Difference(record, back);
                Assert.True(changed is null, changed);
                Assert.True(record.Units.SequenceEqual(back.Units),
                    $"units: [{Visible.Text(string.Join("|", record.Units))}] became [{Visible.Text(string.Join("|", back.Units))}]");
            }, iter: 5_000, print: t => Visible.Text(RecordFile.Write(new FindingRecord
            {
                Number = 7, Label = t.Item1.Item1, Title = t.Item1.Item2, Status = FindingStatus.Ongoing, StatusText = t.Item1.Item3,
                Report = "r", Source = t.Item1.Item4, Units = t.Item2.Item1, Problem = string.Join('\n', t.Item2.Item2), Target = "x", Measures = "x", Result = "x",
            })));
    }
}
