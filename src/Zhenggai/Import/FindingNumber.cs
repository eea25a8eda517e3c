using System.Text.RegularExpressions;

namespace Zhenggai.Import;

/// <summary>
/// Recognises a line that names a finding: 「序号二十七」「序号14」「序号：14」「第39号」「问题编号十一」.
/// The whole line must be the label, so a sentence that mentions 第39号 is not mistaken for one.
/// </summary>
public static partial class FindingNumber
{
    // 万 and 萬 are listed though no finding number reaches them: 「序号一万」 is then reported as a
    // number that cannot be read (ZG0412) instead of being kept, silently, as a line of text.
    private const string Numeral = "[0-9０-９〇零一二两三四五六七八九十百千万萬壹贰叁肆伍陆柒捌玖拾佰仟]{1,12}";

    [GeneratedRegex("^(?:(?:序号|问题序号|问题编号)[ \t\u3000]*[：:]?[ \t\u3000]*(?<n>" + Numeral + ")|第[ \t\u3000]*(?<n>" + Numeral + ")[ \t\u3000]*号)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>True when <paramref name="cleaned"/> is written as a finding label; <paramref name="number"/> is 0 when its numeral cannot be read.</summary>
    public static bool IsLabel(string cleaned, out int number)
    {
        number = 0;
        var m = Pattern().Match(cleaned);
        if (!m.Success) return false;
        if (ChineseNumber.TryParse(m.Groups["n"].Value, out var n)) number = n;
        return true;
    }
}
