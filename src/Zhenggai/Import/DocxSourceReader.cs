using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>
/// Reads the Word original of a report (.docx): the findings table, cell paragraphs verbatim.
/// Which text counts is decided by <see cref="DocxText"/>, the table layouts by
/// <see cref="WordTableParser"/>. For a Word source, a finding's "line" is its table row,
/// counted from the top of the document over all tables, header rows included.
/// A file that is not a Word document, or whose table cannot be read, gives a diagnostic.
/// </summary>
public sealed class DocxSourceReader : ISourceReader
{
    /// <summary>The container format, reported as the document's encoding.</summary>
    public const string Format = "docx";

    /// <summary>A report's document.xml is a few megabytes; a part far larger is not a report (or is a zip bomb).</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public bool Accepts(string path) => string.Equals(Path.GetExtension(path), ".docx", StringComparison.OrdinalIgnoreCase);

    public SourceDocument Read(string displayPath, byte[] bytes)
    {
        var body = ReadBody(displayPath, bytes);
        return new SourceDocument(displayPath, SourceShape.WordTable, Format, WordTableParser.Parse(displayPath, body));
    }

    private static DocxBody ReadBody(string path, byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            var oldWord = bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0;
            throw new DiagnosticException(Diagnostic.Error("ZG0420", path, 1,
                oldWord ? "this is an old-format Word file (.doc, Word 97–2003) or a password-protected document, not a .docx"
                        : "the file is not a Word document (.docx): it is not a zip package",
                oldWord ? "open it in Word or WPS, remove any password, save it as 「Word 文档 (*.docx)」 and import that file"
                        : "check that this is the right file; a .docx saved by Word or WPS starts with the bytes PK"));
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new DiagnosticException(Damaged(path, "it has no document body (word/document.xml)"));
            return DocxBody.Read(body, DocxListNumbers.From(main!));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                       or FormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new DiagnosticException(Damaged(path, ex.Message));
        }
    }

    private static Diagnostic Damaged(string path, string detail) =>
        Diagnostic.Error("ZG0420", path, 1, "the Word document cannot be read: " + detail.TrimEnd('.'),
            "open it in Word or WPS; if it opens, save it again as 「Word 文档 (*.docx)」 and import that file, otherwise ask for a fresh copy");
}
