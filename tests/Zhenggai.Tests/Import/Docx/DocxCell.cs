using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>One table cell for <see cref="DocxBuilder"/>: paragraphs, and how the cell is merged.</summary>
internal sealed record DocxCell(IReadOnlyList<Paragraph> Paragraphs, int Span = 1, MergedCellValues? VMerge = null)
{
    /// <summary>A cell with one paragraph per line of <paramref name="text"/>; "" is an empty cell.</summary>
    public static implicit operator DocxCell(string text) => Cell(text);

    public static DocxCell Cell(string text) =>
        new(text.Length == 0 ? [new Paragraph()] : text.Split('\n').Select(P).ToList());

    /// <summary>A cell built from ready paragraphs (tracked changes, fields, breaks …).</summary>
    public static DocxCell Of(params Paragraph[] paragraphs) => new(paragraphs);

    /// <summary>A cell that continues the vertically merged cell above it (w:vMerge without a value).</summary>
    public static DocxCell Merged => new([new Paragraph()], VMerge: MergedCellValues.Continue);

    /// <summary>This cell starts a vertical merge (w:vMerge w:val="restart").</summary>
    public DocxCell StartsMerge() => this with { VMerge = MergedCellValues.Restart };

    public DocxCell Spanning(int columns) => this with { Span = columns };

    /// <summary>A paragraph of one plain run.</summary>
    public static Paragraph P(string text) => new(R(text));

    public static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public TableCell ToElement()
    {
        var props = new TableCellProperties();
        if (Span > 1) props.Append(new GridSpan { Val = Span });
        if (VMerge is { } merge)
            props.Append(merge == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = merge });
        var cell = new TableCell(props);
        foreach (var p in Paragraphs) cell.Append((Paragraph)p.CloneNode(true));
        return cell;
    }
}
