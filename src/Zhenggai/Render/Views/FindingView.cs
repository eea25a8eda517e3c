namespace Zhenggai.Render.Views;

/// <summary>Everything the finding layout shows.</summary>
public sealed record FindingView
{
    public required int Number { get; init; }
    public required string Label { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<ThemeRef> Themes { get; init; }
    public required StatusView Status { get; init; }
    public required ReportView? Report { get; init; }
    public required IReadOnlyList<PartView> Parts { get; init; }
    /// <summary>Measures beside results when they pair up (see MeasureResultPairing); null falls back to the plain parts.</summary>
    public IReadOnlyList<PairView>? Pairs { get; init; }
    public PartView? UnitsPart { get; init; }
    public PartView? DeadlinePart { get; init; }
    public FindingRow? Previous { get; init; }
    public FindingRow? Next { get; init; }
    public required string Source { get; init; }
    public string? SourceNote { get; init; }

    /// <summary>Citation, QR code, responsible units and deadlines; null hides them.</summary>
    public FindingOfficialsView? Officials { get; init; }
}
