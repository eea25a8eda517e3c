namespace Zhenggai.Records;

/// <summary>
/// One finding (反馈问题) as stored in <c>input/findings/NNN.md</c>.
/// Official text fields hold the source verbatim, one paragraph per line ('\n' between
/// paragraphs); editorial fields (title, themes, status, units, deadlines, redirects) are
/// suggested by the importer once and then belong to the editor: a re-import keeps them.
/// </summary>
public sealed record FindingRecord
{
    /// <summary>The 序号 as a number (序号二十七 → 27); it is the page address findings/27/.</summary>
    public required int Number { get; init; }

    /// <summary>The 序号 label exactly as printed, for example 「序号二十七」.</summary>
    public required string Label { get; init; }

    public required string Title { get; init; }

    /// <summary>Theme keys from settings (water, air, soil, mines, general); at least one.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>One of <see cref="FindingStatus.All"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The source's own status wording, kept when it differs from <see cref="Status"/>.</summary>
    public string? StatusText { get; init; }

    /// <summary>Id of the report in settings (statiq.json Reports).</summary>
    public required string Report { get; init; }

    /// <summary>Source document path, relative to the site root, with forward slashes.</summary>
    public required string Source { get; init; }

    /// <summary>1-based line of the 序号 in the source document.</summary>
    public int SourceLine { get; init; }

    /// <summary>Date this record last changed in substance (yyyy-MM-dd); feeds and sitemaps use it.</summary>
    public string? Updated { get; init; }

    /// <summary>Responsible units (责任单位), found by the importer and editable.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Dated commitments found in the measures, editable.</summary>
    public IReadOnlyList<Commitment> Deadlines { get; init; } = [];

    /// <summary>Old addresses (relative to the site root) that must redirect here.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    public required string Problem { get; init; }
    public required string Target { get; init; }
    public required string Measures { get; init; }
    public required string Result { get; init; }

    /// <summary>A 责任单位 part of the source, verbatim, when the source has one.</summary>
    public string? UnitsText { get; init; }

    /// <summary>A 整改时限 part of the source, verbatim, when the source has one.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>Text around the findings (headings, 公示期, 联系电话, signature), kept verbatim.</summary>
    public string? SourceNote { get; init; }

    /// <summary>The record file this came from (relative path), for diagnostics; not serialised.</summary>
    public string? FilePath { get; init; }

    /// <summary>Line of each front matter key in the file, so checks can point at `status:` itself; not serialised.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of a front matter key, or 2 (the first front matter line) when unknown.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 2;

    public string GetPart(FindingPart part) => part switch
    {
        FindingPart.Problem => Problem,
        FindingPart.Target => Target,
        FindingPart.Measures => Measures,
        FindingPart.Result => Result,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
