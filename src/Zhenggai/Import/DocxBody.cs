using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhenggai.Import;

/// <summary>
/// A Word document's body reduced to what the importer needs, in document order: runs of
/// paragraphs outside tables, and tables as rows of cells placed on the table's grid. Every
/// table row gets a number, counted from the top of the document over all tables (the header
/// included); for a Word source that row number is what diagnostics and records call the "line".
/// Text is taken by <see cref="DocxText"/>; paragraphs are trimmed and blank ones dropped,
/// as blank lines are in a text source.
/// </summary>
internal sealed class DocxBody
{
    public abstract record Block;

    /// <summary>Paragraphs outside any table (title, notice, signature), after table row <paramref name="AfterRow"/>.</summary>
    public sealed record TextBlock(IReadOnlyList<string> Paragraphs, int AfterRow) : Block;

    public sealed record TableBlock(IReadOnlyList<Row> Rows, int GridColumns) : Block;

    /// <param name="Line">The row's number in the document (see <see cref="DocxBody"/>).</param>
    public sealed record Row(int Line, IReadOnlyList<Cell> Cells);

    /// <param name="GridStart">The first grid column the cell covers (0-based).</param>
    /// <param name="GridSpan">How many grid columns it covers (w:gridSpan).</param>
    /// <param name="ContinuesAbove">A vertically merged cell continuing the one above (w:vMerge without restart): its text is the cell above.</param>
    public sealed record Cell(int GridStart, int GridSpan, bool ContinuesAbove, IReadOnlyList<string> Paragraphs)
    {
        public bool Covers(int column) => column >= GridStart && column < GridStart + GridSpan;
        public bool IsEmpty => Paragraphs.Count == 0;
    }

    public List<Block> Blocks { get; } = [];

    private int _rows;
    private readonly DocxListNumbers _numbers;

    private DocxBody(DocxListNumbers numbers) => _numbers = numbers;

    public static DocxBody Read(Body body, DocxListNumbers numbers)
    {
        var result = new DocxBody(numbers);
        var pending = new List<string>();
        var carry = "";
        result.ReadBlocks(body.ChildElements, pending, ref carry);
        result.FlushText(pending, ref carry);
        return result;
    }

    private void ReadBlocks(IEnumerable<OpenXmlElement> elements, List<string> pending, ref string carry)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    AddParagraph(p, pending, ref carry);
                    break;
                case Table table:
                    FlushText(pending, ref carry);
                    Blocks.Add(ReadTable(table));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlElement:
                    // Content controls and custom XML wrap ordinary paragraphs and tables.
                    ReadBlocks(element.ChildElements, pending, ref carry);
                    break;
            }
        }
    }

    private void FlushText(List<string> pending, ref string carry)
    {
        if (carry.Length > 0) AddLine(pending, carry);
        carry = "";
        if (pending.Count == 0) return;
        Blocks.Add(new TextBlock(pending.ToList(), _rows));
        pending.Clear();
    }

    private TableBlock ReadTable(Table table)
    {
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var rows = new List<Row>();
        foreach (var tr in Rows(table))
        {
            // A row deleted with tracked changes is not in the document any more.
            if (tr.TableRowProperties?.GetFirstChild<Deleted>() is not null) continue;
            rows.Add(new Row(++_rows, ReadCells(tr)));
        }
        var width = rows.Count == 0 ? grid : Math.Max(grid, rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells.Max(c => c.GridStart + c.GridSpan)));
        return new TableBlock(rows, width);
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
                foreach (var inner in Rows(child)) yield return inner;
        }
    }

    private List<Cell> ReadCells(TableRow row)
    {
        var cells = new List<Cell>();
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var tc in Cells(row))
        {
            var props = tc.TableCellProperties;
            var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
            // Old documents merge horizontally with w:hMerge: the continuing cell widens the one before it.
            if (props?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
            {
                var before = cells[^1];
                cells[^1] = before with { GridSpan = before.GridSpan + span };
                column += span;
                continue;
            }
            var vMerge = props?.VerticalMerge;
            var continues = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
            cells.Add(new Cell(column, span, continues, CellParagraphs(tc)));
            column += span;
        }
        return cells;
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
                foreach (var inner in Cells(child)) yield return inner;
        }
    }

    /// <summary>A cell's paragraphs in order; a table nested in the cell gives its cells' paragraphs row by row.</summary>
    private List<string> CellParagraphs(OpenXmlElement cell)
    {
        var result = new List<string>();
        var carry = "";
        Collect(cell, result, ref carry);
        if (carry.Length > 0) AddLine(result, carry);
        return result;
    }

    private void Collect(OpenXmlElement parent, List<string> result, ref string carry)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is Paragraph p) AddParagraph(p, result, ref carry);
            else if (child is Table or TableRow or TableCell or SdtBlock or SdtContentBlock or CustomXmlElement
                     or SdtRow or SdtContentRow or SdtCell or SdtContentCell)
                Collect(child, result, ref carry);
        }
    }

    /// <summary>
    /// Adds a paragraph's lines. When tracked changes deleted the paragraph mark, its last line
    /// is carried into the next paragraph, as Word shows the text once the change is accepted.
    /// </summary>
    private void AddParagraph(Paragraph p, List<string> target, ref string carry)
    {
        var lines = DocxText.Lines(p);
        var number = _numbers.Next(p);
        lines[0] = carry + (carry.Length == 0 ? number : "") + lines[0];
        carry = "";
        if (DocxText.MarkDeleted(p))
        {
            carry = lines[^1];
            lines.RemoveAt(lines.Count - 1);
        }
        foreach (var line in lines) AddLine(target, line);
    }

    private static void AddLine(List<string> target, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 0) target.Add(trimmed);
    }
}
