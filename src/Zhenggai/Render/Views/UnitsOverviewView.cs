namespace Zhenggai.Render.Views;

/// <summary>The units/ page: every unit with its count, and how many findings name no unit.</summary>
public sealed record UnitsOverviewView(IReadOnlyList<UnitCountView> Units, int FindingCount, int WithoutUnits);
