namespace Zhenggai.Records;

/// <summary>The four parts every finding publishes, in reading order.</summary>
public enum FindingPart
{
    Problem,
    Target,
    Measures,
    Result,
}
