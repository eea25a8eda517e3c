using System.Text.RegularExpressions;
using Zhenggai.Render.Views;

namespace Zhenggai.Render;

/// <summary>
/// Splits a part's paragraphs into display blocks: numbered sub-items keep their printed
/// marker （一） 1. (1) ①, department sub-headings (「区卫健局：」) stay visible as headings.
/// It only cuts a paragraph into pieces; the pieces always join back to the exact paragraph.
/// </summary>
public static partial class BlockSplitter
{
    // Level 1: （一） 一、   Level 2: 1. 1、 1．   Level 3: (1) （1） ①
    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十]+、)")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^\d{1,2}[\.．、](?!\d*[%％])")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^(?:[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")]
    private static partial Regex Level3();

    // A department or place that answers for what follows: 区住建局： 市市场监管局二道分局： 二道经济开发区：
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}、（）()]{2,24}?(?:局|分局|办|办公室|委|委员会|政府|镇|乡|街道|开发区|中心|公司|院|所|站)[：:]")]
    private static partial Regex UnitLead();

    public static IReadOnlyList<BlockView> Split(string partText)
    {
        var blocks = new List<BlockView>();
        foreach (var paragraph in partText.Split('\n'))
            blocks.Add(SplitParagraph(paragraph));
        return blocks;
    }

    public static BlockView SplitParagraph(string paragraph)
    {
        var (marker, level) = MarkerOf(paragraph);
        var rest = paragraph[marker.Length..];
        // A lead is at most 24 name characters, a 3-character ending and the colon: without a colon
        // that early (most paragraphs) the pattern cannot match, and is not tried.
        var lead = rest.AsSpan(0, Math.Min(rest.Length, UnitLeadMaxLength)).IndexOfAny('：', ':') < 0 ? Match.Empty : UnitLead().Match(rest);
        if (lead.Success)
        {
            var leadText = lead.Value;
            var text = rest[leadText.Length..];
            if (text.Length == 0)
                return new BlockView("unit", marker, leadText, "", level);
            return new BlockView(marker.Length > 0 ? "item" : "para", marker, leadText, text, level);
        }
        return new BlockView(marker.Length > 0 ? "item" : "para", marker, "", rest, level);
    }

    private const int UnitLeadMaxLength = 24 + 3 + 1;

    // Besides brackets and digits (\d is any Unicode decimal digit, as char.IsDigit), what a marker can start with.
    private const string MarkerStarts = "一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private static (string Marker, int Level) MarkerOf(string paragraph)
    {
        if (paragraph.Length == 0) return ("", 0);
        var first = paragraph[0];
        if (first is not ('（' or '(') && !char.IsDigit(first) && !MarkerStarts.Contains(first)) return ("", 0);
        var m = Level1().Match(paragraph);
        if (m.Success) return (m.Value, 1);
        m = Level2().Match(paragraph);
        if (m.Success) return (m.Value, 2);
        m = Level3().Match(paragraph);
        if (m.Success) return (m.Value, 3);
        return ("", 0);
    }
}
