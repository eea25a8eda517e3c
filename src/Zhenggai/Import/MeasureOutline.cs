using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhenggai.Import;

/// <summary>
/// Reads the numbering of a part (整改措施 or 完成情况): level 1 「（一）」「一、」, level 2
/// 「1.」「1、」「1．」, level 3 「(1)」「①」. A paragraph without a marker continues the measure
/// above it. The extractors use it to say which measure a deadline belongs to, and the
/// build to pair a measure with the result of the same number.
/// </summary>
public static partial class MeasureOutline
{
    [GeneratedRegex(@"^\[bookmark: [^\]\n]*\]")]
    private static partial Regex Bookmark();

    // Level 1, 「（一）」「(十二)」「一百、」… is read by hand in Level1 (the regex
    // ^(?:[（(](?<n>[一二三四五六七八九十百]+)[）)]|(?<n>[一二三四五六七八九十]+)、) before): it is the
    // marker of nearly every measure, and matching it took about half the time of reading outlines.
    private const string Level1Numerals = "一二三四五六七八九十百";

    // Not 「1.5公顷」 or 「2.43%」: a number after the dot is a decimal unless a year follows.
    [GeneratedRegex(@"^(?<n>\d{1,2})(?:[、．]|\.(?!\d+(?:[%％]|\.\d|[^\d年])))")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^(?:[（(](?<n>\d{1,2})[）)]|(?<c>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))")]
    private static partial Regex Level3();

    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    // First characters of a level-1 「一、」 or level-3 「①」 marker besides brackets and digits.
    private const string MarkerStarts = "一二三四五六七八九十" + Circled;

    public static IReadOnlyList<OutlineItem> Parse(string partText)
    {
        var items = new List<OutlineItem>();
        // Current marker at each level (index 0..2), printed and normalised.
        var printed = new string?[3];
        var keys = new string?[3];
        var top = -1;
        // The chain changes only at a marker; the paragraphs that continue a measure share its strings.
        var path = "";
        var key = "";
        var paragraphs = partText.Split('\n');
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var text = Clean(paragraphs[i]);
            var marker = Marker(text);
            if (marker is { } m)
            {
                printed[m.Level - 1] = m.Printed;
                keys[m.Level - 1] = m.Key;
                for (var l = m.Level; l < 3; l++) { printed[l] = null; keys[l] = null; }
                if (m.Level == 1 || top < 0) top = i;
                text = text[m.Printed.Length..];
                path = string.Concat(printed.Where(p => p is not null));
                key = string.Join('/', keys.Where(k => k is not null));
            }
            items.Add(new OutlineItem(i, path, key, top, marker is not null, text));
        }
        return items;
    }

    /// <summary>The normalised key of a printed marker chain such as 「（二）1.」, or null if it is not one.</summary>
    public static string? KeyOf(string path)
    {
        var keys = new List<string>();
        var rest = path.Trim();
        while (rest.Length > 0)
        {
            var m = Marker(rest);
            if (m is null) return null;
            keys.Add(m.Value.Key);
            rest = rest[m.Value.Printed.Length..];
        }
        return keys.Count == 0 ? null : string.Join('/', keys);
    }

    /// <summary>The paragraphs of the measure with <paramref name="key"/> and everything numbered below it; empty if absent.</summary>
    public static IReadOnlyList<OutlineItem> Section(IReadOnlyList<OutlineItem> outline, string key)
    {
        var below = key + "/";
        return outline.Where(i => i.Key == key || i.Key.StartsWith(below, StringComparison.Ordinal)).ToList();
    }

    /// <summary>A paragraph without Word bookmarks and leading blanks; the text itself is not changed otherwise.</summary>
    public static string Clean(string paragraph)
    {
        var text = paragraph.TrimStart(' ', '\u3000', '\t');
        while (text.StartsWith('[') && Bookmark().Match(text) is { Success: true } b)
            text = text[b.Length..].TrimStart(' ', '\u3000', '\t');
        return text;
    }

    private readonly record struct MarkerMatch(int Level, string Printed, string Key);

    private static MarkerMatch? Marker(string text)
    {
        // Most paragraphs start with no marker at all; the three patterns cannot match unless the
        // first character could open one (\d is any Unicode decimal digit, as char.IsDigit).
        if (text.Length == 0) return null;
        var first = text[0];
        if (first is not ('（' or '(') && !char.IsDigit(first) && !MarkerStarts.Contains(first)) return null;
        if (first is '（' or '(' || Level1Numerals.AsSpan(0, 10).Contains(first))
        {
            var level1 = Level1(text);
            if (level1 > 0) return new MarkerMatch(1, text[..level1], "1:" + ChineseNumber(text.AsSpan(first is '（' or '(' ? 1 : 0, level1 - (first is '（' or '(' ? 2 : 1))));
        }
        var m = Level2().Match(text);
        if (m.Success) return new MarkerMatch(2, m.Value, "2:" + int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        m = Level3().Match(text);
        if (m.Success)
        {
            var n = m.Groups["c"].Success ? Circled.IndexOf(m.Groups["c"].Value, StringComparison.Ordinal) + 1
                : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            return new MarkerMatch(3, m.Value, "3:" + n);
        }
        return null;
    }

    /// <summary>The length of a level-1 marker at the start of <paramref name="text"/> (bracketed numerals, or numerals up to 十 and 「、」), or 0.</summary>
    private static int Level1(string text)
    {
        var bracket = text[0] is '（' or '(';
        var numerals = bracket ? Level1Numerals.AsSpan() : Level1Numerals.AsSpan(0, 10);
        var i = bracket ? 1 : 0;
        while (i < text.Length && numerals.Contains(text[i])) i++;
        if (i == (bracket ? 1 : 0) || i >= text.Length) return 0;
        return (bracket ? text[i] is '）' or ')' : text[i] == '、') ? i + 1 : 0;
    }

    /// <summary>For tests: the marker at the start of a paragraph as (level, printed, key), or null.</summary>
    internal static (int Level, string Printed, string Key)? MarkerOf(string text) =>
        Marker(text) is { } m ? (m.Level, m.Printed, m.Key) : null;

    private static int ChineseNumber(ReadOnlySpan<char> s)
    {
        const string digits = "零一二三四五六七八九";
        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { current = d; continue; }
            var unit = c == '十' ? 10 : c == '百' ? 100 : 1;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
