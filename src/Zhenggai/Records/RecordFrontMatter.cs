namespace Zhenggai.Records;

/// <summary>
/// YAML shape of a record's front matter. Unknown keys are errors (YamlDotNet's default), so a
/// typo such as <c>theme:</c> for <c>themes:</c> is reported instead of silently ignored.
/// </summary>
internal sealed class RecordFrontMatter
{
    public int? Number { get; set; }
    public string? Label { get; set; }
    public string? Title { get; set; }
    public List<string>? Themes { get; set; }
    public string? Status { get; set; }
    public string? StatusText { get; set; }
    public string? Report { get; set; }
    public string? Source { get; set; }
    public int? SourceLine { get; set; }
    public string? Updated { get; set; }
    public List<string>? Units { get; set; }
    public List<FrontMatterCommitment>? Deadlines { get; set; }
    public List<string>? RedirectFrom { get; set; }
}
