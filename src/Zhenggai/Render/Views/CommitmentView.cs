namespace Zhenggai.Render.Views;

/// <summary>
/// One commitment as shown on a finding page and on the timeline.
/// State is <c>past-due</c>, <c>not-due</c> or <c>none</c> (no date to compare); ResultKey is
/// <c>done</c> (the paired result reads as done), <c>not-stated</c> or <c>no-result</c>.
/// </summary>
public sealed record CommitmentView
{
    public required string Measure { get; init; }
    public required string MeasureLabel { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public required string KindText { get; init; }
    public string? Due { get; init; }
    public string? DueText { get; init; }
    public bool YearInferred { get; init; }
    public required string State { get; init; }
    public required string StateText { get; init; }
    public required string ResultKey { get; init; }
    public required string ResultText { get; init; }

    /// <summary>The sentence of the measure that holds the commitment, verbatim, shortened with … when long.</summary>
    public required string Excerpt { get; init; }

    /// <summary>The finding, for lists across findings (timeline, unit pages); null on the finding's own page.</summary>
    public FindingRow? Finding { get; init; }

    /// <summary>Site-root address of the measures on the finding page.</summary>
    public required string MeasuresUrl { get; init; }
}
