using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

/// <summary>
/// <see cref="MeasureOutline"/> reads level-1 markers by hand, no longer with a regex; for any
/// paragraph it must find the marker the three regexes found before (kept here as the oracle).
/// </summary>
public sealed partial class MeasureOutlineMarkerTests
{
    [GeneratedRegex(@"^(?:[（(](?<n>[一二三四五六七八九十百]+)[）)]|(?<n>[一二三四五六七八九十]+)、)")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:[、．]|\.(?!\d+(?:[%％]|\.\d|[^\d年])))")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^(?:[（(](?<n>\d{1,2})[）)]|(?<c>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))")]
    private static partial Regex Level3();

    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private static (int, string, string)? Before(string text)
    {
        var m = Level1().Match(text);
        if (m.Success) return (1, m.Value, "1:" + ChineseNumber(m.Groups["n"].Value));
        m = Level2().Match(text);
        if (m.Success) return (2, m.Value, "2:" + int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        m = Level3().Match(text);
        if (m.Success)
            return (3, m.Value, "3:" + (m.Groups["c"].Success ? Circled.IndexOf(m.Groups["c"].Value, StringComparison.Ordinal) + 1
                : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        return null;
    }

    private static int ChineseNumber(string s)
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

    private static readonly Gen<string> Paragraph = Gen.OneOf<char>(
            '（', '）', '(', ')', '一', '二', '三', '九', '十', '百', '零', '、', '1', '2', '0', '.', '．', '①', '⑳', '年', '%', '公', ' ', '：')
        .Array[0, 8].Select(c => new string(c));

    [Fact]
    public void Any_paragraph_has_the_marker_the_regexes_found()
    {
        Paragraph.Sample(text =>
        {
            var now = MeasureOutline.MarkerOf(text);
            var before = Before(text);
            // The cheap first-character test in front of the patterns stays as it was.
            if (text.Length == 0 || (text[0] is not ('（' or '(') && !char.IsDigit(text[0]) && !("一二三四五六七八九十" + Circled).Contains(text[0])))
                before = null;
            Assert.True(before == now, $"`{text}`: before {before}, now {now}");
        }, iter: 100_000);
    }

    [Theory]
    [InlineData("（一）总体", 1, "（一）", "1:1")]
    [InlineData("(十二)总体", 1, "(十二)", "1:12")]
    [InlineData("十、措施", 1, "十、", "1:10")]
    [InlineData("二十三、措施", 1, "二十三、", "1:23")]
    public void Level_one_markers(string text, int level, string printed, string key) =>
        Assert.Equal((level, printed, key), MeasureOutline.MarkerOf(text));

    [Theory]
    [InlineData("一百、")]
    [InlineData("（）")]
    [InlineData("（一")]
    [InlineData("零、")]
    public void Not_level_one_markers(string text) => Assert.Null(MeasureOutline.MarkerOf(text));
}
