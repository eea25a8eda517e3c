namespace Zhenggai.Records;

/// <summary>YAML shape of one entry of the front matter's <c>deadlines</c>.</summary>
internal sealed class FrontMatterCommitment
{
    public string? Measure { get; set; }
    public string? Text { get; set; }
    public string? Due { get; set; }
    public string? Kind { get; set; }
}
