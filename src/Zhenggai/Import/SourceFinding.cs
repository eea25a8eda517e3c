using Zhenggai.Records;

namespace Zhenggai.Import;

/// <summary>
/// One finding as a source document states it, before it becomes a record. Every reader
/// (plain text, Word documents) produces this, and validation and record
/// writing only ever see this shape. Text fields hold paragraphs joined by '\n'; a part
/// the source lacks is empty, and validation reports it.
/// </summary>
public sealed record SourceFinding
{
    /// <summary>The 序号 as a number, or 0 when the label's numeral cannot be read.</summary>
    public required int Number { get; init; }

    /// <summary>The 序号 label exactly as printed, e.g. 「序号二十七」「第39号」.</summary>
    public required string Label { get; init; }

    /// <summary>1-based line of the label in the source; for a Word document, its table row (<see cref="DocxSourceReader"/>).</summary>
    public required int Line { get; init; }

    public string Problem { get; init; } = "";
    public string Target { get; init; } = "";
    public string Measures { get; init; } = "";
    public string Result { get; init; } = "";

    /// <summary>A 责任单位 section, verbatim.</summary>
    public string? UnitsText { get; init; }

    /// <summary>A 整改时限 section, verbatim.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>The source's own status wording (整改状态), verbatim, when it has one.</summary>
    public string? SourceStatus { get; init; }

    /// <summary>Text around the finding (document title, 公示期, 联系电话, signature), in source order.</summary>
    public string? SourceNote { get; init; }

    /// <summary>1-based first line of each section present, for diagnostics.</summary>
    public IReadOnlyDictionary<SourceSection, int> SectionLines { get; init; } = new Dictionary<SourceSection, int>();

    public string GetPart(FindingPart part) => part switch
    {
        FindingPart.Problem => Problem,
        FindingPart.Target => Target,
        FindingPart.Measures => Measures,
        FindingPart.Result => Result,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    public static SourceSection SectionOf(FindingPart part) => part switch
    {
        FindingPart.Problem => SourceSection.Problem,
        FindingPart.Target => SourceSection.Target,
        FindingPart.Measures => SourceSection.Measures,
        FindingPart.Result => SourceSection.Result,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
