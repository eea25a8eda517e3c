namespace Zhenggai.Render.Views;

/// <summary>A units/SLUG/ page: the unit, its findings, and the deadlines of those findings.</summary>
public sealed record UnitPageView(string Name, IReadOnlyList<string> Aliases, bool Known, IReadOnlyList<FindingRow> Findings, IReadOnlyList<CommitmentView> Commitments);
