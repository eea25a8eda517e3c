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

    /// <summary>Status filter links for a list at <paramref name="baseUrl"/>: status views live at baseUrl + status/KEY/.</summary>
    public (CountLink All, IReadOnlyList<CountLink> ByStatus) StatusFilters(IReadOnlyList<FindingRecord> records, string baseUrl, string? current)
    {
        var all = new CountLink("all", "全部", records.Count, baseUrl, "", current is null);
        var by = FindingStatus.All
            .Select(s => (Status: s, Count: records.Count(r => r.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => new CountLink(FindingStatus.Key(x.Status), x.Status, x.Count, baseUrl + "status/" + FindingStatus.Key(x.Status) + "/",
                StatusView.From(x.Status).Mark, current == x.Status))
            .ToList();
        return (all, by);
    }

    public IReadOnlyList<CountLink> ThemeCounts(IReadOnlyList<FindingRecord> records) =>
        _settings.Themes.Select(t => new CountLink(t.Key, t.Label, records.Count(r => r.Themes.Contains(t.Key)), ThemeUrl(t.Key))).ToList();
}
