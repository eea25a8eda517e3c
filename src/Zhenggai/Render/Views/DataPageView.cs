namespace Zhenggai.Render.Views;

/// <summary>Everything the data page (data/index.html) shows: the files, the fields, the CSV columns and the licence.</summary>
public sealed record DataPageView
{
    public required IReadOnlyList<DataFileView> Files { get; init; }
    public required IReadOnlyList<DataFieldView> Fields { get; init; }
    public required IReadOnlyList<string> CsvColumns { get; init; }
    public required int FindingCount { get; init; }

    /// <summary>The declared licence, or null: the page then says that none was declared.</summary>
    public string? Licence { get; init; }

    public ReportView? Report { get; init; }

    /// <summary>Site-root address of the integrity manifest.</summary>
    public required string ManifestUrl { get; init; }
}
