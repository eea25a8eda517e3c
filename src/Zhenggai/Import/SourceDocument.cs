namespace Zhenggai.Import;

/// <summary>A source document read into findings.</summary>
/// <param name="Path">The document's path relative to the site root, with forward slashes.</param>
/// <param name="Shape">The layout it was read as.</param>
/// <param name="Encoding">The text encoding it was decoded from (e.g. utf-8, gb18030), or the container format.</param>
/// <param name="Findings">The findings in source order.</param>
public sealed record SourceDocument(string Path, SourceShape Shape, string Encoding, IReadOnlyList<SourceFinding> Findings);
