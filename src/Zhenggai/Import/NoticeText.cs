using System.Text.RegularExpressions;

namespace Zhenggai.Import;

/// <summary>
/// Recognises where a published notice's own text begins after a finding: 「公示期：」「联系电话：」
/// 「公示期间如有异议…」. That text is not the government's result, so it goes to the record's
/// source note, together with what follows it up to the next finding (the signature and date).
/// A contact word counts only with its colon, so a result sentence that merely mentions a
/// telephone line stays in the result.
/// </summary>
public static partial class NoticeText
{
    [GeneratedRegex(@"^(?:(?:公示期|公示时间|公示日期|联系电话|联系人|联系方式|监督电话|举报电话|投诉电话|电子邮箱|通讯地址|联系地址)[ \t\u3000]*[：:]|公示期间|如有异议|如对.{0,30}有异议)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <param name="cleaned">A line after <see cref="NoiseRules.Clean"/>.</param>
    public static bool Starts(string cleaned) => Opening().IsMatch(cleaned);
}
