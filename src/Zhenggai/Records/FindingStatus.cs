namespace Zhenggai.Records;

/// <summary>The controlled set of statuses a finding can carry, in order from done to not done.</summary>
public static class FindingStatus
{
    public const string Completed = "已完成";
    public const string BasicallyCompleted = "基本完成";
    public const string OnSchedule = "达到序时进度";
    public const string Ongoing = "持续推进";
    public const string NotCompleted = "未完成";

    public static readonly IReadOnlyList<string> All =
        [Completed, BasicallyCompleted, OnSchedule, Ongoing, NotCompleted];

    /// <summary>Stable ASCII keys for addresses such as themes/water/status/completed/.</summary>
    public static string Key(string status) => status switch
    {
        Completed => "completed",
        BasicallyCompleted => "basically-completed",
        OnSchedule => "on-schedule",
        Ongoing => "ongoing",
        NotCompleted => "not-completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    public static bool IsKnown(string status) => IndexOf(status) >= 0;

    /// <summary>The position of <paramref name="status"/> in <see cref="All"/>, or -1 when it is not one of them.</summary>
    public static int IndexOf(string status)
    {
        for (var i = 0; i < All.Count; i++)
            if (string.Equals(All[i], status, StringComparison.Ordinal)) return i;
        return -1;
    }
}
