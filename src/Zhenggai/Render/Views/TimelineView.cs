namespace Zhenggai.Render.Views;

/// <summary>The timeline/ page: every commitment of every finding, by month, with counts.</summary>
public sealed record TimelineView
{
    /// <summary>This page's number, 1 unless the timeline is split over pages.</summary>
    public int Page { get; init; } = 1;
    /// <summary>The months on this page (all of them when the timeline fits one page).</summary>
    public required IReadOnlyList<TimelineGroup> Groups { get; init; }
    /// <summary>Every month of the whole timeline, with its count and the address where it starts.</summary>
    public required IReadOnlyList<TimelineIndexEntry> Index { get; init; }
    public PagerView? Pager { get; init; }
    public required int Total { get; init; }
    public required int PastDue { get; init; }
    public required int PastDueNotStated { get; init; }
    public required int FindingsWithout { get; init; }
    public string? DataDateText { get; init; }
    public string? DataDate { get; init; }
}
