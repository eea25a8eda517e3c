namespace Zhenggai.Render.Views;

/// <summary>
/// A units/SLUG/ page: the unit, its findings, and the deadlines of those findings. On a long
/// unit page split by <see cref="Pager"/>, Findings and Commitments are this page's.
/// </summary>
public sealed record UnitPageView(string Name, IReadOnlyList<string> Aliases, bool Known, IReadOnlyList<FindingRow> Findings, IReadOnlyList<CommitmentView> Commitments)
{
    /// <summary>The unit's findings across all its pages.</summary>
    public int TotalFindings { get; init; } = Findings.Count;
    public PagerView? Pager { get; init; }
}
