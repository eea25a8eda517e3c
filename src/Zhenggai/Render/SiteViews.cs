using System.Globalization;
using Zhenggai.Records;
using Zhenggai.Render.Views;
using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>Builds the view models templates receive, from records and settings, in one place so every page agrees.</summary>
public sealed class SiteViews
{
    private readonly SiteSettings _settings;
    private readonly Dictionary<string, ThemeDefinition> _themes;

    public SiteViews(SiteSettings settings)
    {
        _settings = settings;
        _themes = settings.Themes.ToDictionary(t => t.Key, StringComparer.Ordinal);
    }

    public static string FindingUrl(int number) => $"findings/{number.ToString(CultureInfo.InvariantCulture)}/";

    public static string ThemeUrl(string key) => $"themes/{key}/";

    public SiteView Site() => new(
        _settings.SiteTitle,
        _settings.SiteDescription,
        _settings.Language,
        _settings.Reports.Count > 0 ? Report(_settings.Reports[0].Id) : null,
        _settings.Themes.Select(t => new ThemeRef(t.Key, t.Label, ThemeUrl(t.Key))).ToList(),
        _settings.Footer);

    public ReportView? Report(string id)
    {
        var r = _settings.FindReport(id);
        if (r is null) return null;
        return new ReportView(r.Id, r.Title, r.IssuingBody, r.DataDate, DateText(r.DataDate), r.SourceNote);
    }

    /// <summary>2025-03-31 → 2025年3月31日, the way Chinese official documents write dates.</summary>
    public static string? DateText(string? isoDate)
    {
        if (isoDate is null || !DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        return $"{d.Year}年{d.Month}月{d.Day}日";
    }

    public IReadOnlyList<ThemeRef> Themes(FindingRecord record) =>
        record.Themes.Where(_themes.ContainsKey).Select(k => new ThemeRef(k, _themes[k].Label, ThemeUrl(k))).ToList();

    public FindingRow Row(FindingRecord record) => new(
        record.Number, record.Label, record.Title, StatusView.From(record.Status, record.StatusText), Themes(record), FindingUrl(record.Number));

    public FindingView Finding(FindingRecord record, FindingRecord? previous, FindingRecord? next)
    {
        var parts = FindingParts.All.Select(p => new PartView(FindingParts.Anchor(p), FindingParts.Heading(p), BlockSplitter.Split(record.GetPart(p)))).ToList();
        return new()
        {
            Number = record.Number,
            Label = record.Label,
            Title = record.Title,
            Themes = Themes(record),
            Status = StatusView.From(record.Status, record.StatusText),
            Report = Report(record.Report),
            Parts = parts,
            // The measures and the result as the parts split them, not split a second time.
            Pairs = MeasureResultPairing.Pair(BlocksOf(parts, FindingPart.Measures), BlocksOf(parts, FindingPart.Result)),
            UnitsPart = record.UnitsText is null ? null : new PartView("units", RecordFile.UnitsHeading, BlockSplitter.Split(record.UnitsText)),
            DeadlinePart = record.DeadlineText is null ? null : new PartView("deadline", RecordFile.DeadlineHeading, BlockSplitter.Split(record.DeadlineText)),
            Previous = previous is null ? null : Row(previous),
            Next = next is null ? null : Row(next),
            Source = record.Source,
            SourceNote = record.SourceNote,
        };
    }

    private static IReadOnlyList<BlockView> BlocksOf(List<PartView> parts, FindingPart part) =>
        parts.First(p => p.Id == FindingParts.Anchor(part)).Blocks;

    /// <summary>
    /// Status filter links for a list at <paramref name="baseUrl"/> of <paramref name="total"/> findings, of which
    /// <paramref name="countsByStatus"/>[i] have <see cref="FindingStatus.All"/>[i]: status views live at baseUrl + status/KEY/.
    /// The caller counts, once per list: each list has a page per status, and each asks for the same links.
    /// </summary>
    public (CountLink All, IReadOnlyList<CountLink> ByStatus) StatusFilters(IReadOnlyList<int> countsByStatus, int total, string baseUrl, string? current)
    {
        var all = new CountLink("all", "全部", total, baseUrl, "", current is null);
        var statuses = FindingStatus.All;
        var by = new List<CountLink>();
        for (var i = 0; i < statuses.Count; i++)
        {
            if (countsByStatus[i] == 0) continue;
            var s = statuses[i];
            by.Add(new CountLink(FindingStatus.Key(s), s, countsByStatus[i], baseUrl + "status/" + FindingStatus.Key(s) + "/", StatusView.From(s).Mark, current == s));
        }
        return (all, by);
    }

    /// <summary>
    /// Findings per theme, in the settings' order. One pass over the records, each record's themes
    /// looked up once (a record that lists a theme twice counts once), instead of one pass per theme.
    /// </summary>
    public IReadOnlyList<CountLink> ThemeCounts(IReadOnlyList<FindingRecord> records)
    {
        var themes = _settings.Themes;
        var index = new Dictionary<string, int>(themes.Count, StringComparer.Ordinal);
        for (var i = 0; i < themes.Count; i++) index.TryAdd(themes[i].Key, i);
        var counts = new int[themes.Count];
        var seen = new bool[themes.Count];
        foreach (var r in records)
        {
            Array.Clear(seen);
            foreach (var key in r.Themes)
                if (index.TryGetValue(key, out var i) && !seen[i])
                {
                    seen[i] = true;
                    counts[i]++;
                }
        }
        var links = new List<CountLink>(themes.Count);
        for (var i = 0; i < themes.Count; i++)
            links.Add(new CountLink(themes[i].Key, themes[i].Label, counts[index[themes[i].Key]], ThemeUrl(themes[i].Key)));
        return links;
    }
}
