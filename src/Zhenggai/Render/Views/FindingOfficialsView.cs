namespace Zhenggai.Render.Views;

/// <summary>What a finding page shows for officials: citation, QR code, responsible units and deadlines.</summary>
public sealed record FindingOfficialsView
{
    public required CitationView Citation { get; init; }

    /// <summary>Site-root address of the QR code SVG, or null when the site has no Host.</summary>
    public string? QrUrl { get; init; }

    /// <summary>Text alternative of the QR code: what it encodes.</summary>
    public string? QrAlt { get; init; }

    public required IReadOnlyList<UnitRef> Units { get; init; }

    public required IReadOnlyList<CommitmentView> Commitments { get; init; }

    /// <summary>The data date the deadlines are compared with, as written in Chinese, or null.</summary>
    public string? DataDateText { get; init; }

    /// <summary>The data date as yyyy-MM-dd, for &lt;time datetime&gt;.</summary>
    public string? DataDate { get; init; }
}
