namespace Zhenggai.Import;

/// <summary>The readers an import tries when the caller names none: plain text (.txt) and Word (.docx).</summary>
public static class SourceReaders
{
    public static IReadOnlyList<ISourceReader> Default { get; } = [new TextSourceReader(), new DocxSourceReader()];
}
