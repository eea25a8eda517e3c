namespace Zhenggai.Import;

/// <summary>
/// Reads one kind of source document into findings. The importer picks the first reader that
/// accepts a file; each reader (<see cref="TextSourceReader"/>, <see cref="DocxSourceReader"/>) reuses
/// everything after it (validation, suggestions, record writing).
/// </summary>
public interface ISourceReader
{
    /// <summary>True when this reader handles the file, judged by its name (e.g. the extension).</summary>
    bool Accepts(string path);

    /// <summary>
    /// Reads the document. Problems with the file itself (encoding, layout) are thrown as a
    /// <see cref="Zhenggai.Diagnostics.DiagnosticException"/> naming <paramref name="displayPath"/>;
    /// missing parts and duplicate numbers are left to the importer's validation.
    /// </summary>
    SourceDocument Read(string displayPath, byte[] bytes);
}
