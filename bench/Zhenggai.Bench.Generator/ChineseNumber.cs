using System.Text;

namespace Zhenggai.Bench.Generator;

/// <summary>Writes numbers the way the reports print 序号 and sub-items: 27 → 二十七, 105 → 一百零五, 10000 → 一万.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int n)
    {
        if (n < 0 || n >= 100_000_000) throw new ArgumentOutOfRangeException(nameof(n));
        if (n == 0) return "零";
        var sb = new StringBuilder();
        var wan = n / 10_000;
        var rest = n % 10_000;
        if (wan > 0)
        {
            sb.Append(Section(wan, leadingTen: true)).Append('万');
            if (rest > 0 && rest < 1000) sb.Append('零');
        }
        if (rest > 0) sb.Append(Section(rest, leadingTen: wan == 0));
        return sb.ToString();
    }

    // 0 < n < 10000. 10–19 at the very start read 十… rather than 一十….
    private static string Section(int n, bool leadingTen)
    {
        var sb = new StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", ""];
        var pendingZero = false;
        for (var i = 0; i < units.Length; i++)
        {
            var d = n / units[i] % 10;
            if (d == 0)
            {
                if (sb.Length > 0) pendingZero = true;
                continue;
            }
            if (pendingZero) sb.Append('零');
            pendingZero = false;
            if (!(d == 1 && units[i] == 10 && sb.Length == 0 && leadingTen)) sb.Append(Digits[d]);
            sb.Append(names[i]);
        }
        return sb.ToString();
    }
}
