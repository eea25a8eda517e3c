namespace Zhenggai.Render.Views;

/// <summary>
/// Where a page sits in a list split over several pages: "第 201–400 项，第 2 页，共 50 页" and the
/// links to the neighbouring and the first, last and nearby pages. Null on a list that fits one page.
/// </summary>
public sealed record PagerView
{
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    /// <summary>1-based numbers of the first and last row on this page, and the rows of the whole list.</summary>
    public required int FirstRow { get; init; }
    public required int LastRow { get; init; }
    public required int TotalRows { get; init; }
    public string? PrevUrl { get; init; }
    public string? NextUrl { get; init; }
    /// <summary>Page numbers to show, in order; a gap in the numbers is shown as an ellipsis.</summary>
    public required IReadOnlyList<PagerLink> Links { get; init; }
}
