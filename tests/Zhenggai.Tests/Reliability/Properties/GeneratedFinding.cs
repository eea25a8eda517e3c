namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// One finding before it is laid out: its official text as paragraphs, and the choices a
/// writer of the document makes (how the number is printed, which label words, where parts go).
/// </summary>
/// <param name="NumberForm">How the 序号 is printed; see <see cref="DocumentWriter"/>.</param>
/// <param name="LabelChoice">Picks among the label words of each section (labelled shapes).</param>
/// <param name="SectionOrder">0: the usual order; other values move 责任单位/整改时限 or swap parts (labelled shapes).</param>
/// <param name="InlineFirst">The first paragraph shares the label's line (「整改目标：…」) instead of the line below.</param>
internal sealed record GeneratedFinding(
    int NumberForm,
    string[] Problem,
    string[] Target,
    string[] Measures,
    string[] Result,
    string[] Units,
    string? Deadline,
    string? Status,
    string[] Trailer,
    int LabelChoice,
    int SectionOrder,
    bool InlineFirst);
