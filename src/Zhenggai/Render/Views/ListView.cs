namespace Zhenggai.Render.Views;

/// <summary>
/// A list of findings (home page, a theme, a unit), possibly narrowed to one status.
/// StatusFilters link to the narrowed views, each a plain page with its own address.
/// </summary>
public sealed record ListView
{
    public required string Heading { get; init; }
    public string? Intro { get; init; }
    /// <summary>The rows on this page: all of the list, or one page of it (see <see cref="Pager"/>).</summary>
    public required IReadOnlyList<FindingRow> Findings { get; init; }
    /// <summary>Rows in the list across all its pages (the status view's count when narrowed).</summary>
    public int ShownCount { get; init; }
    public required int TotalCount { get; init; }
    public required IReadOnlyList<CountLink> StatusFilters { get; init; }
    public CountLink? AllFilter { get; init; }
    public string? CurrentStatus { get; init; }
    public IReadOnlyList<CountLink> ThemeCounts { get; init; } = [];
    public ReportView? Report { get; init; }
    public PagerView? Pager { get; init; }
}
