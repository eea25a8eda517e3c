namespace Zhenggai.Render.Views;

/// <summary>The timeline/ page: every commitment of every finding, by month, with counts.</summary>
public sealed record TimelineView
{
    public required IReadOnlyList<TimelineGroup> Groups { get; init; }
    public required int Total { get; init; }
    public required int PastDue { get; init; }
    public required int PastDueNotStated { get; init; }
    public required int FindingsWithout { get; init; }
    public string? DataDateText { get; init; }
    public string? DataDate { get; init; }
}
