namespace Zhenggai.Records;

/// <summary>Names of the four parts: the Chinese heading used in records and pages, and the fixed anchor id.</summary>
public static class FindingParts
{
    public static readonly IReadOnlyList<FindingPart> All =
        [FindingPart.Problem, FindingPart.Target, FindingPart.Measures, FindingPart.Result];

    public static string Heading(FindingPart part) => part switch
    {
        FindingPart.Problem => "问题",
        FindingPart.Target => "整改目标",
        FindingPart.Measures => "整改措施",
        FindingPart.Result => "完成情况",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    /// <summary>The anchor a notice cites, for example findings/25/#result.</summary>
    public static string Anchor(FindingPart part) => part switch
    {
        FindingPart.Problem => "problem",
        FindingPart.Target => "target",
        FindingPart.Measures => "measures",
        FindingPart.Result => "result",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
