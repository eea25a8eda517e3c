using System.Globalization;
using System.Text.RegularExpressions;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Import;

/// <summary>
/// Finds the dated commitments (整改时限) in a finding's measures, one per wording, in
/// reading order: 「2024年6月底前」, 「2024年年底前」, 「8月底前」, 「2024年6月30日前」,
/// 「立行立改」 and 「长期坚持」. The importer stores them in the record, where editors can fix them.
/// Rules, kept simple so a reader can check them:
/// <list type="bullet">
/// <item>Each commitment names its measure by its printed markers (「（二）1.」), or "" for an unnumbered measure.</item>
/// <item>A month without a year takes the nearest year written before it in the same measure, then earlier in the
/// part, else <c>fallbackYear</c> (the year of the report's data date, see <see cref="FallbackYear"/>).</item>
/// <item>Only when the measures name no deadline at all is the target (整改目标) read, with measure 「整改目标」:
/// some findings state their only deadline there (序号二十三 「8月底前」).</item>
/// <item>Only wordings ending in 前/之前 count: 「2024年4月底」 alone reports a date, it does not promise one.</item>
/// </list>
/// </summary>
public static partial class DeadlineExtractor
{
    public const string Dated = "dated";
    public const string Immediate = "immediate";
    public const string Ongoing = "ongoing";

    /// <summary>The <see cref="Commitment.Measure"/> of a commitment found in the target instead of the measures.</summary>
    public const string TargetMeasure = "整改目标";

    [GeneratedRegex(@"(?<y>[12][0-9]{3})年(?:年底|年末|底|末)(?:之前|前)|(?:(?<y>[12][0-9]{3})年|(?<![0-9]))(?<m>1[0-2]|0?[1-9])月(?:底|末|份|上旬|中旬|下旬|(?<d>[1-3]?[0-9])日)?(?:之前|前)(?!往)|(?<i>立行立改)|(?<o>长期坚持)")]
    private static partial Regex Wording();

    [GeneratedRegex(@"(?<y>[12][0-9]{3})年")]
    private static partial Regex Year();

    /// <summary>The year a month without a year falls back to: the year of the report's data date, else <paramref name="otherwise"/>.</summary>
    public static int FallbackYear(ReportSettings? report, int otherwise)
    {
        if (report?.DataDate is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.Year;
        return otherwise;
    }

    public static IReadOnlyList<Commitment> Find(FindingRecord record, int fallbackYear)
    {
        var found = FindIn(record.Measures, fallbackYear, null);
        if (found.All(c => c.Kind != Dated))
            found.AddRange(FindIn(record.Target, fallbackYear, TargetMeasure).Where(c => c.Kind == Dated));
        return found.Distinct().ToList();
    }

    private static List<Commitment> FindIn(string partText, int fallbackYear, string? measureOverride)
    {
        var outline = MeasureOutline.Parse(partText);
        var result = new List<Commitment>();
        foreach (var item in outline)
        {
            foreach (Match m in Wording().Matches(item.Text))
            {
                var measure = measureOverride ?? item.Path;
                if (m.Groups["i"].Success) { result.Add(new Commitment(measure, m.Value, null, Immediate)); continue; }
                if (m.Groups["o"].Success) { result.Add(new Commitment(measure, m.Value, null, Ongoing)); continue; }
                var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 12;
                var year = m.Groups["y"].Success
                    ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                    : YearBefore(outline, item, m.Index) ?? fallbackYear;
                // 「6月30日前」 promises the end of June; 「7月1日前」 the end of June as well.
                if (m.Groups["d"].Success && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) == 1)
                    (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1);
                result.Add(new Commitment(measure, m.Value, $"{year:D4}-{month:D2}", Dated));
            }
        }
        return result;
    }

    /// <summary>The nearest year written before position <paramref name="at"/>: earlier in the paragraph, then in the paragraphs above (its own measure comes first).</summary>
    private static int? YearBefore(IReadOnlyList<OutlineItem> outline, OutlineItem item, int at)
    {
        var last = LastYear(item.Text[..at]);
        if (last is not null) return last;
        for (var i = item.Index - 1; i >= 0; i--)
        {
            last = LastYear(outline[i].Text);
            if (last is not null) return last;
        }
        return null;
    }

    private static int? LastYear(string text)
    {
        var matches = Year().Matches(text);
        return matches.Count == 0 ? null : int.Parse(matches[^1].Groups["y"].Value, CultureInfo.InvariantCulture);
    }
}
