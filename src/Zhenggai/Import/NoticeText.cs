namespace Zhenggai.Import;

/// <summary>
/// Recognises where a published notice's own text begins after a finding (公示期, 联系电话 …).
/// That text is not part of the finding's result, so it goes to the record's source note;
/// everything after it up to the next finding goes there too (the signature and date).
/// </summary>
public static class NoticeText
{
    public static readonly IReadOnlyList<string> Openings =
    [
        "公示期", "公示时间", "公示日期", "如有异议", "联系电话", "联系人", "联系方式", "监督电话",
        "举报电话", "投诉电话", "电子邮箱", "通讯地址", "联系地址",
    ];

    /// <param name="cleaned">A line after <see cref="NoiseRules.Clean"/>.</param>
    public static bool Starts(string cleaned) => Openings.Any(o => cleaned.StartsWith(o, StringComparison.Ordinal));
}
