using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>Reads plain-text source documents (.txt) in any of the shapes of <see cref="SourceShape"/>, detected from the text.</summary>
public sealed class TextSourceReader : ISourceReader
{
    public bool Accepts(string path) => string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);

    public SourceDocument Read(string displayPath, byte[] bytes)
    {
        var decoded = SourceDecoder.Decode(bytes, displayPath);
        var lines = decoded.Text.Split('\n');
        if (lines.All(l => NoiseRules.IsBlank(NoiseRules.Clean(l))))
            throw new DiagnosticException(Diagnostic.Error("ZG0403", displayPath, 1, "the file holds no text, only blank lines",
                "export the document again, or leave it out of the import: an empty file holds no finding"));

        // A 序号 cell makes it a flattened table, unless label lines follow it (a two-column table
        // flattened with TABs); labels above the first 序号 cell are the table's header row.
        var firstCell = FirstNumberCell(lines);
        if (firstCell >= 0 && !LabelledTextParser.Fits(lines.Skip(firstCell).ToList()))
            return new SourceDocument(displayPath, SourceShape.TableText, decoded.EncodingName, TableTextParser.Parse(displayPath, lines));
        if (LabelledTextParser.Fits(lines) || lines.Any(l => FindingNumber.IsLabel(NoiseRules.Clean(l), out _)))
        {
            // With numbers but no labels, the labelled walk still finds the findings and validation names the missing parts.
            var (findings, shape) = LabelledTextParser.Parse(displayPath, lines);
            return new SourceDocument(displayPath, shape, decoded.EncodingName, findings);
        }
        return new SourceDocument(displayPath, SourceShape.TableText, decoded.EncodingName, []);
    }

    private static int FirstNumberCell(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
            if (NoiseRules.CellStart().IsMatch(lines[i]) && FindingNumber.IsLabel(NoiseRules.Clean(lines[i]), out _)) return i;
        return -1;
    }
}
