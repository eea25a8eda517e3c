using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhenggai.Tests.Import.Docx;

/// <summary>
/// Makes .docx fixtures with the OpenXml SDK, so tests state their Word documents in code
/// instead of committing binaries: paragraphs outside tables, and tables of <see cref="DocxCell"/> rows.
/// </summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];
    private Numbering? _numbering;
    private Styles? _styles;

    /// <summary>The document's list definitions (word/numbering.xml).</summary>
    public DocxBuilder WithNumbering(Numbering numbering)
    {
        _numbering = numbering;
        return this;
    }

    /// <summary>The document's styles (word/styles.xml).</summary>
    public DocxBuilder WithStyles(Styles styles)
    {
        _styles = styles;
        return this;
    }

    public DocxBuilder Paragraph(string text) => Add(DocxCell.P(text));

    public DocxBuilder Add(OpenXmlElement block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>A table; the grid is as wide as the widest row.</summary>
    public DocxBuilder Table(params DocxRow[] rows)
    {
        var width = rows.Max(r => r.Cells.Sum(c => c.Span));
        var table = new Table(
            new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1800" })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (row.Deleted) tr.Append(new TableRowProperties(new Deleted { Author = "审核人", Id = "91" }));
            else if (row.RepeatsAsHeader) tr.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in row.Cells) tr.Append(cell.ToElement());
            table.Append(tr);
        }
        _blocks.Add(table);
        // Word wants a paragraph between two tables and after the last one.
        _blocks.Add(new Paragraph());
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true))));
            main.Document.Save();
            if (_numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = (Numbering)_numbering.CloneNode(true);
            if (_styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = (Styles)_styles.CloneNode(true);
        }
        return stream.ToArray();
    }
}

/// <summary>A table row for <see cref="DocxBuilder"/>.</summary>
internal sealed record DocxRow(IReadOnlyList<DocxCell> Cells, bool RepeatsAsHeader = false, bool Deleted = false)
{
    public static DocxRow Of(params DocxCell[] cells) => new(cells);

    public static DocxRow Header(params DocxCell[] cells) => new(cells, RepeatsAsHeader: true);

    /// <summary>A row deleted with tracked changes (w:trPr/w:del).</summary>
    public static DocxRow DeletedRow(params DocxCell[] cells) => new(cells, Deleted: true);
}
