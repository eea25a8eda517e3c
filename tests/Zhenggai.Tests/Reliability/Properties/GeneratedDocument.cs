namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>A whole generated source document: shape, findings and the noise it is written with.</summary>
/// <param name="Numbers">The findings' numbers, distinct, in document order.</param>
/// <param name="Noise">
/// A tape of small choices the writer reads one by one: stray spaces, bookmarks, blank lines,
/// line ends. Shrinking drives it to zeros, which is a clean document, so a failure shrinks
/// to the one piece of noise that matters.
/// </param>
/// <param name="LineEnd">0 LF, 1 CRLF, 2 CR, 3 mixed line by line.</param>
/// <param name="Encoding">0 UTF-8, 1 UTF-8 with BOM, 2 UTF-16LE with BOM, 3 UTF-16BE with BOM, 4 GB18030.</param>
internal sealed record GeneratedDocument(
    GeneratedShape Shape,
    string[] Preamble,
    bool HeaderRow,
    bool RowCounters,
    int[] Numbers,
    GeneratedFinding[] Findings,
    byte[] Noise,
    int LineEnd,
    int Encoding);
