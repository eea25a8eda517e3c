using Zhenggai.Records;

namespace Zhenggai.Render.Search;

/// <summary>
/// One finding as the search index sees it. Documents are given to the builder in ascending
/// <see cref="Number"/> order; their position in that order is the id the index files use.
/// </summary>
/// <param name="Number">The 序号 as a number; unique.</param>
/// <param name="Label">The 序号 as printed, for example 「序号二十五」; shown, not searched.</param>
/// <param name="Title">Searched, and a match here ranks first.</param>
/// <param name="ThemeKeys">Keys of <see cref="SearchIndexOptions.Themes"/>.</param>
/// <param name="StatusKey">Key of one of <see cref="SearchIndexOptions.Statuses"/>.</param>
/// <param name="Url">The finding's page relative to the site root, for example <c>findings/25/</c>.</param>
/// <param name="Fields">The searched parts in reading order (问题, 整改目标, 整改措施, 完成情况 …), verbatim.</param>
public sealed record SearchDocument(
    int Number,
    string Label,
    string Title,
    IReadOnlyList<string> ThemeKeys,
    string StatusKey,
    string Url,
    IReadOnlyList<SearchField> Fields)
{
    /// <summary>The record file the document came from, named in diagnostics.</summary>
    public string? SourceFile { get; init; }

    /// <summary>
    /// The usual mapping from a record: its four parts under their headings and page anchors.
    /// <paramref name="url"/> is the finding page relative to the site root, for example <c>findings/25/</c>.
    /// </summary>
    public static SearchDocument FromRecord(FindingRecord record, string url) => new(
        record.Number,
        record.Label,
        record.Title,
        record.Themes,
        FindingStatus.IsKnown(record.Status) ? FindingStatus.Key(record.Status) : record.Status,
        url,
        FindingParts.All.Select(p => new SearchField(FindingParts.Heading(p), FindingParts.Anchor(p), record.GetPart(p))).ToList())
    {
        SourceFile = record.FilePath,
    };
}
