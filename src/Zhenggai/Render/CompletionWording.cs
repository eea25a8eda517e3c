using System.Text.RegularExpressions;

namespace Zhenggai.Render;

/// <summary>
/// Whether a passage of 完成情况 says the work was done. Deliberately a word rule a reader
/// can check by eye, not a judgement:
/// <list type="bullet">
/// <item>it does not, if it contains a negation of completion: 未完成, 尚未完成, 没有完成, 未建成, 未按期, 正在推进, 推进中;</item>
/// <item>otherwise it does, if it contains 已, 完成, 建成, 办结, 实现, or a verb in the completed aspect
/// (a Chinese character followed by 了, as in 「建立了」「开展了」, but not 了解, 为了, 除了);</item>
/// <item>otherwise it does not.</item>
/// </list>
/// </summary>
public static partial class CompletionWording
{
    public static readonly IReadOnlyList<string> Negations = ["未完成", "尚未完成", "没有完成", "未建成", "未按期", "正在推进", "推进中"];

    public static readonly IReadOnlyList<string> Words = ["已", "完成", "建成", "办结", "实现"];

    [GeneratedRegex(@"(?<![为除])(?<=\p{IsCJKUnifiedIdeographs})了(?!解)")]
    private static partial Regex CompletedAspect();

    public static bool ReportsCompletion(string text)
    {
        if (Negations.Any(n => text.Contains(n, StringComparison.Ordinal))) return false;
        return Words.Any(w => text.Contains(w, StringComparison.Ordinal)) || CompletedAspect().IsMatch(text);
    }
}
