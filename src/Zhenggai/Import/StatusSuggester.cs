using System.Text.RegularExpressions;
using Zhenggai.Records;

namespace Zhenggai.Import;

/// <summary>
/// Suggests a status from the controlled set. It claims 已完成 only when the text says so in
/// so many words; without explicit wording it suggests 持续推进, because publishing a completion
/// the government did not state would put a false statement under its name.
/// </summary>
public static partial class StatusSuggester
{
    private static readonly string[] NotCompleted = ["未完成", "未按期完成", "未按时完成"];
    private static readonly string[] Basically = ["基本完成"];
    private static readonly string[] OnSchedule = ["达到序时进度", "序时进度"];
    private static readonly string[] Completed =
        ["已完成", "已如期完成", "已全部完成", "已按期完成", "已经完成", "均已完成", "全面完成", "整改完成", "完成整改", "已整改完毕", "已办结", "已销号"];

    /// <summary>「已按省、市要求完成」: a completion with the authority named in between.</summary>
    [GeneratedRegex("已按[^。；，]{0,12}要求完成", RegexOptions.CultureInvariant)]
    private static partial Regex CompletedAsRequired();

    /// <summary>Suggests a status from a finding's result text.</summary>
    public static string FromResult(string result)
    {
        if (NotCompleted.Any(result.Contains)) return FindingStatus.NotCompleted;
        if (Basically.Any(result.Contains)) return FindingStatus.BasicallyCompleted;
        if (OnSchedule.Any(result.Contains)) return FindingStatus.OnSchedule;
        if (Completed.Any(result.Contains) || CompletedAsRequired().IsMatch(result)) return FindingStatus.Completed;
        return FindingStatus.Ongoing;
    }

    /// <summary>
    /// The status of a finding: from the source's own status wording when it has one (it is the
    /// government's statement), else from the result text. <c>Text</c> keeps the source's
    /// wording when it differs from the controlled status.
    /// </summary>
    public static (string Status, string? Text) Suggest(string result, string? sourceStatus)
    {
        if (sourceStatus is null) return (FromResult(result), null);
        var status = FindingStatus.IsKnown(sourceStatus) ? sourceStatus : FromResult(sourceStatus);
        return (status, sourceStatus == status ? null : sourceStatus);
    }
}
