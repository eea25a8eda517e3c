namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// Writes numbers the way the documents print them (二十七, 一百零五, 贰拾柒), written here
/// independently of the importer's reader so the property tests check one against the other.
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private const string Financial = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>1 to 999 in everyday numerals: 十二 (not 一十二), 一百零五, 一百一十.</summary>
    public static string Write(int n, bool financial = false)
    {
        if (n is < 1 or > 999) throw new ArgumentOutOfRangeException(nameof(n));
        var d = financial ? Financial : Digits;
        var ten = financial ? "拾" : "十";
        var hundred = financial ? "佰" : "百";
        int h = n / 100, t = n / 10 % 10, u = n % 10;
        var s = "";
        if (h > 0) s += d[h] + hundred;
        if (t > 0) s += (h == 0 && t == 1 && !financial ? "" : d[t].ToString()) + ten;
        else if (h > 0 && u > 0) s += d[0];
        if (u > 0) s += d[u];
        return s;
    }

    /// <summary>Full-width digits, as some documents type them: １４.</summary>
    public static string FullWidth(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('０' + (c - '0'))));
}
