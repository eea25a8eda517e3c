using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhenggai.Import;

/// <summary>
/// The numbers Word prints in front of numbered paragraphs (「（一）」「1.」「①」) that are not in
/// the paragraph's text but in its numbering definition. Word's own plain-text export writes
/// them; so does the importer, or an official 「（二）」 would vanish from the record. Counted in
/// document order per list (w:abstractNum), restarting lower levels as Word does, with the list
/// formats Chinese reports use (一/二/三, 壹/贰/叁, 甲/乙/丙, ①, １, 1, a, i …). The gap Word
/// leaves after the number is one space, except after a full-width mark such as 「、」「）」「．」,
/// where a space would not be written by hand either.
/// </summary>
internal sealed class DocxListNumbers
{
    private readonly Dictionary<int, NumberingInstance> _nums = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _numsSeen = [];

    public static DocxListNumbers From(MainDocumentPart part)
    {
        var numbers = new DocxListNumbers();
        if (part.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            foreach (var num in numbering.Elements<NumberingInstance>())
                if (num.NumberID?.Value is { } id) numbers._nums.TryAdd(id, num);
            foreach (var abs in numbering.Elements<AbstractNum>())
                if (abs.AbstractNumberId?.Value is { } id) numbers._abstracts.TryAdd(id, abs);
        }
        if (part.StyleDefinitionsPart?.Styles is { } styles)
            foreach (var style in styles.Elements<Style>())
                if (style.StyleId?.Value is { } id) numbers._styles.TryAdd(id, style);
        return numbers;
    }

    /// <summary>The number printed before <paramref name="paragraph"/>, with the gap after it, or "" when it has none. Call once per paragraph, in document order.</summary>
    public string Next(Paragraph paragraph)
    {
        if (Resolve(paragraph) is not var (numId, ilvl) || !_nums.TryGetValue(numId, out var num)) return "";
        var abstractId = num.AbstractNumId?.Val?.Value;
        if (abstractId is null || Abstract(abstractId.Value) is not { } abs) return "";
        var levels = Enumerable.Range(0, 9).Select(l => LevelOf(abs, num, l)).ToArray();
        if (ilvl is < 0 or > 8 || levels[ilvl] is null) return "";

        if (!_counters.TryGetValue(abs.AbstractNumberId!.Value, out var counters))
            _counters[abs.AbstractNumberId.Value] = counters = Enumerable.Repeat(-1, 9).ToArray();
        if (_numsSeen.Add(numId))
            // A list instance that overrides its start ("restart numbering") starts those levels again.
            foreach (var o in num.Elements<LevelOverride>())
                if (o.StartOverrideNumberingValue is not null && o.LevelIndex?.Value is { } l and >= 0 and < 9) counters[l] = -1;

        counters[ilvl] = counters[ilvl] < 0 ? Start(levels[ilvl]!) : counters[ilvl] + 1;
        for (var l = ilvl + 1; l < 9; l++)
        {
            var restartAfter = levels[l]?.LevelRestart?.Val?.Value ?? l;
            if (ilvl < restartAfter) counters[l] = -1;
        }

        var level = levels[ilvl]!;
        var legal = level.IsLegalNumberingStyle is { } lgl && (lgl.Val is null || lgl.Val.Value);
        var pattern = level.LevelText?.Val?.Value ?? "";
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var l = pattern[i + 1] - '1';
                var value = counters[l] < 0 ? (levels[l] is { } lv ? Start(lv) : 1) : counters[l];
                var format = legal && l < ilvl ? "decimal" : levels[l]?.NumberingFormat?.Val?.InnerText ?? "decimal";
                text.Append(Format(value, format));
                i++;
            }
            else
            {
                text.Append(DocxSymbols.ToUnicode(pattern[i]));
            }
        }
        if (text.Length == 0) return "";
        var suffix = level.LevelSuffix?.Val?.InnerText ?? "tab";
        var last = text[^1];
        var fullWidthMark = last is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
        return suffix == "nothing" || fullWidthMark ? text.ToString() : text + " ";
    }

    private (int NumId, int Level)? Resolve(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties;
        if (props?.NumberingProperties is { } direct && direct.NumberingId?.Val?.Value is { } id)
            return id == 0 ? null : (id, direct.NumberingLevelReference?.Val?.Value ?? 0);
        // Numbering that comes with the paragraph's style (headings, list styles), up the basedOn chain.
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style)) return null;
            if (style.StyleParagraphProperties?.NumberingProperties is { } viaStyle && viaStyle.NumberingId?.Val?.Value is { } sid)
            {
                if (sid == 0) return null;
                var level = viaStyle.NumberingLevelReference?.Val?.Value ?? LevelOfStyle(sid, styleId);
                return (sid, level);
            }
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private int LevelOfStyle(int numId, string styleId)
    {
        if (!_nums.TryGetValue(numId, out var num) || num.AbstractNumId?.Val?.Value is not { } aid || Abstract(aid) is not { } abs) return 0;
        var level = abs.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId);
        return level?.LevelIndex?.Value ?? 0;
    }

    /// <summary>The list definition, following a numbering style link (w:numStyleLink) once.</summary>
    private AbstractNum? Abstract(int id)
    {
        if (!_abstracts.TryGetValue(id, out var abs)) return null;
        if (abs.GetFirstChild<NumberingStyleLink>()?.Val?.Value is { } link
            && _styles.TryGetValue(link, out var style)
            && style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } linkedNum
            && _nums.TryGetValue(linkedNum, out var num)
            && num.AbstractNumId?.Val?.Value is { } linkedAbs
            && linkedAbs != id
            && _abstracts.TryGetValue(linkedAbs, out var target))
            return target;
        return abs;
    }

    private static Level? LevelOf(AbstractNum abs, NumberingInstance num, int index)
    {
        var overridden = num.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index);
        var level = overridden?.GetFirstChild<Level>() ?? abs.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);
        if (level is null) return null;
        if (overridden?.StartOverrideNumberingValue?.Val?.Value is { } start)
        {
            level = (Level)level.CloneNode(true);
            level.StartNumberingValue = new StartNumberingValue { Val = start };
        }
        return level;
    }

    private static int Start(Level level) => level.StartNumberingValue?.Val?.Value ?? 0;

    private static readonly string[] Stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    private static readonly string[] Branches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];

    /// <summary>A counter in one of Word's number formats (w:numFmt); formats not listed fall back to 1, 2, 3.</summary>
    public static string Format(int value, string format)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (format)
        {
            case "none": return "";
            case "bullet": return "";
            case "decimalZero": return value is >= 0 and < 10 ? "0" + value.ToString(inv) : value.ToString(inv);
            case "upperRoman": return Roman(value);
            case "lowerRoman": return Roman(value).ToLowerInvariant();
            case "upperLetter": return Letters(value, 'A');
            case "lowerLetter": return Letters(value, 'a');
            case "decimalFullWidth" or "decimalFullWidth2":
                return string.Concat(value.ToString(inv).Select(c => (char)(c - '0' + '０')));
            case "decimalEnclosedCircle" or "decimalEnclosedCircleChinese":
                return value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(inv);
            case "decimalEnclosedParen":
                return value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : "(" + value.ToString(inv) + ")";
            case "decimalEnclosedFullstop":
                return value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : value.ToString(inv) + ".";
            case "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand"
                or "japaneseCounting" or "ideographLegalTraditional" or "koreanCounting":
                return ChineseNumerals(value, "〇一二三四五六七八九", "十百千");
            case "chineseLegalSimplified" or "japaneseLegal":
                return ChineseNumerals(value, "零壹贰叁肆伍陆柒捌玖", "拾佰仟");
            case "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand":
                return string.Concat(value.ToString(inv).Select(c => "〇一二三四五六七八九"[c - '0']));
            case "ideographTraditional":
                return value is >= 1 and <= 10 ? Stems[value - 1] : value.ToString(inv);
            case "ideographZodiac":
                return value is >= 1 and <= 12 ? Branches[value - 1] : value.ToString(inv);
            default:
                return value.ToString(inv);
        }
    }

    /// <summary>一, 十, 十一, 二十, 一百零五, 一千零一十: the way numbered items are written in Chinese.</summary>
    private static string ChineseNumerals(int value, string digits, string units)
    {
        if (value <= 0 || value > 9999) return value.ToString(CultureInfo.InvariantCulture);
        var parts = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        var text = new System.Text.StringBuilder();
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = parts[i];
            if (d == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append('零'); // 一百零五, also in the legal forms
            zero = false;
            // 十一 rather than 一十一 when the number starts with its tens (the legal forms write 壹拾壹).
            if (!(i == 2 && d == 1 && text.Length == 0 && digits[0] == '〇')) text.Append(digits[d]);
            if (i < 3) text.Append(units[2 - i]);
        }
        return text.ToString();
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        var (numbers, letters) = (new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 },
            new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" });
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
            while (value >= numbers[i]) { text.Append(letters[i]); value -= numbers[i]; }
        return text.ToString();
    }

    /// <summary>a … z, then aa … zz, as Word counts letters.</summary>
    private static string Letters(int value, char first) =>
        value <= 0 ? value.ToString(CultureInfo.InvariantCulture) : new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);
}
