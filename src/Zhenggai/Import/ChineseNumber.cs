namespace Zhenggai.Import;

/// <summary>
/// Reads the numbers findings are labelled with: Chinese numerals (二十七, 一百零三, 两百, 一〇三,
/// the financial forms 贰拾柒) and ASCII or full-width digits.
/// </summary>
public static class ChineseNumber
{
    public const int Max = 9999;

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 12) return false;
        if (text.All(c => DigitOf(c) is >= 0 and <= 9 && (char.IsAsciiDigit(c) || c is >= '０' and <= '９')))
            return Positional(text, out value);
        if (text.All(c => Units(c) == 0) && text.All(c => DigitOf(c) >= 0))
        {
            // 一〇三: digit by digit, as years are written; 二三 without a 〇 is no way to write 23.
            if (text.Length > 1 && !text.Any(c => c is '〇' or '零')) return false;
            return Positional(text, out value);
        }

        var total = 0;
        var current = -1;      // digit waiting for its unit; -1 when none
        var lastUnit = 10000;  // units must fall: 千 > 百 > 十
        var zeroSeen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unit = Units(c);
            if (unit > 0)
            {
                if (unit >= lastUnit) return false;
                if (current < 0)
                {
                    // 十二 means 12; a bare 百 or 千 is not a number anyone writes.
                    if (unit != 10 || i != 0) return false;
                    current = 1;
                }
                if (current == 0) return false;
                total += current * unit;
                current = -1;
                lastUnit = unit;
                zeroSeen = false;
                continue;
            }
            var digit = DigitOf(c);
            if (digit < 0 || char.IsAsciiDigit(c) || c is >= '０' and <= '９') return false;
            if (digit == 0)
            {
                if (current >= 0 || zeroSeen || i == 0) return false;
                zeroSeen = true;
                continue;
            }
            if (current >= 0) return false; // 二三 without a unit between
            // 一百一 (colloquial 110) is ambiguous with 101, so a units number must end on
            // a unit, or on a digit after 零 or after 十.
            if (i == text.Length - 1 && lastUnit > 10 && !zeroSeen && lastUnit != 10000) return false;
            current = digit;
        }
        if (zeroSeen && current < 0) return false; // 一百零 ends on a zero
        if (current > 0) total += current;
        value = total;
        return total is > 0 and <= Max;
    }

    private static bool Positional(string text, out int value)
    {
        value = 0;
        if (text.Length > 4) return false;
        foreach (var c in text) value = value * 10 + DigitOf(c);
        return value is > 0 and <= Max;
    }

    private static int DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        '〇' or '零' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int Units(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };
}
