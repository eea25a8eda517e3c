namespace Zhenggai.Import;

/// <summary>Choices for one import run.</summary>
public sealed record ImportOptions
{
    /// <summary>The report (statiq.json Reports Id) the findings belong to. Needed only when settings define several.</summary>
    public string? ReportId { get; init; }

    /// <summary>Read, validate and compare, but write nothing: the report says what an import would change.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>The readers to try, in order; null means <see cref="SourceReaders.Default"/>.</summary>
    public IReadOnlyList<ISourceReader>? Readers { get; init; }
}
