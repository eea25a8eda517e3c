using System.Text.RegularExpressions;

namespace Zhenggai.Import;

/// <summary>
/// Recognises a line that opens a section in the labelled shapes: 「整改目标：…」, 「二、整改目标」,
/// a label alone on its line, or a label and its text separated by a TAB. The words come from
/// <see cref="NoiseRules.Labels"/>.
/// </summary>
public static class LabelLine
{
    private static readonly Regex Pattern = new(
        "^(?<num>" + NoiseRules.HeadingNumbering + @")?[ \t\u3000]*(?<label>"
        + string.Join('|', NoiseRules.Labels.Select(l => Regex.Escape(l.Word)))
        + @")[ \t\u3000]*(?:(?<sep>" + NoiseRules.LabelSeparator + @")[ \t\u3000]*(?<rest>.*))?$",
        RegexOptions.CultureInvariant);

    /// <param name="cleaned">A line after <see cref="NoiseRules.Clean"/>.</param>
    public static LabelLineMatch? Match(string cleaned)
    {
        var m = Pattern.Match(cleaned);
        if (!m.Success) return null;
        var word = m.Groups["label"].Value;
        var label = NoiseRules.Labels.First(l => l.Word == word);
        // The text after the separator starts a part as a line would: without leading whitespace of any kind (a no-break space, U+2028 …).
        return new LabelLineMatch(label, m.Groups["rest"].Value.TrimStart(), m.Groups["num"].Success, m.Groups["sep"].Success && m.Groups["sep"].Value != "\t");
    }
}
