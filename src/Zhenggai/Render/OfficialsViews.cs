using System.Globalization;
using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Render.Views;
using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>
/// View models for officials: citation, QR code, responsible units and deadlines, built from
/// records and settings in one place so the finding page, the unit pages and the timeline agree.
/// </summary>
public sealed class OfficialsViews
{
    public const string TimelineUrl = "timeline/";

    private readonly SiteSettings _settings;
    private readonly SiteViews _views;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FindingRecord, string[][]> _namedSlugs = new(ReferenceEqualityComparer.Instance);

    public OfficialsViews(SiteSettings settings)
    {
        _settings = settings;
        _views = new SiteViews(settings);
        Units = new UnitDirectory(settings.Units);
    }

    public UnitDirectory Units { get; }

    public static string QrUrl(int number) => SiteViews.FindingUrl(number) + "qr.svg";

    public FindingOfficialsView Finding(FindingRecord record)
    {
        var citation = Citation(record);
        var report = _settings.FindReport(record.Report);
        return new FindingOfficialsView
        {
            Citation = citation,
            QrUrl = citation.IsAbsolute ? QrUrl(record.Number) : null,
            QrAlt = citation.IsAbsolute ? "本页地址的二维码：" + citation.Address : null,
            Units = UnitsOf(record),
            Commitments = Commitments(record, null),
            DataDate = report?.DataDate,
            DataDateText = SiteViews.DateText(report?.DataDate),
        };
    }

    /// <summary>
    /// 《report》序号“title”（数据截至date），网址：address — the address last, so nothing a
    /// mail program could mistake for part of it follows it.
    /// </summary>
    public CitationView Citation(FindingRecord record)
    {
        var report = _settings.FindReport(record.Report);
        var addresses = new SiteAddresses(_settings);
        var siteAddress = addresses.FindingAddress(record.Number);
        var absolute = addresses.Absolute(siteAddress);
        var address = absolute ?? siteAddress;
        var date = SiteViews.DateText(report?.DataDate);
        var text = $"《{report?.Title ?? _settings.SiteTitle}》{record.Label}“{record.Title}”"
            + (date is null ? "" : $"（数据截至{date}）") + $"，网址：{address}";
        return new CitationView(text, address, absolute is not null);
    }

    public IReadOnlyList<UnitRef> UnitsOf(FindingRecord record) =>
        record.Units.Select(Units.Resolve).DistinctBy(u => u.Slug).ToList();

    public IReadOnlyList<CommitmentView> Commitments(FindingRecord record, FindingRow? row)
    {
        var dataDate = _settings.FindReport(record.Report)?.DataDate;
        var outlines = new RecordOutlines(record);
        return record.Deadlines.Select(c => View(record, c, CommitmentReviewer.Review(record, c, dataDate, outlines), row, outlines)).ToList();
    }

    /// <summary>The commitments of <paramref name="record"/> whose measure names <paramref name="unit"/> (its top-level measure, or the whole measures when unnumbered).</summary>
    /// <param name="row">The record's list row when the caller has it (a unit page lists it too).</param>
    public IReadOnlyList<CommitmentView> CommitmentsNaming(FindingRecord record, UnitRef unit, FindingRow? row = null)
    {
        var named = NamedSlugs(record);
        List<CommitmentView>? list = null;
        RecordOutlines? outlines = null;
        for (var i = 0; i < record.Deadlines.Count; i++)
        {
            var c = record.Deadlines[i];
            if (!named[i].Contains(unit.Slug))
            {
                // A unit the settings do not list may be named in words the extractor does not recognise.
                if (unit.Known) continue;
                outlines ??= new RecordOutlines(record);
                if (!MeasureText(record, c, outlines.Measures).Contains(unit.Name, StringComparison.Ordinal)) continue;
            }
            row ??= _views.Row(record);
            outlines ??= new RecordOutlines(record);
            (list ??= []).Add(View(record, c, CommitmentReviewer.Review(record, c, _settings.FindReport(record.Report)?.DataDate, outlines), row, outlines));
        }
        return list ?? [];
    }

    /// <summary>
    /// For each of the record's commitments, the slugs of the units its measure names; worked out once
    /// per record, since a record is listed on the page of each of its units (several at 10,000 findings).
    /// </summary>
    private string[][] NamedSlugs(FindingRecord record) => _namedSlugs.GetOrAdd(record, static (r, self) =>
    {
        var outline = MeasureOutline.Parse(r.Measures);
        return r.Deadlines.Select(c => UnitExtractor.FindIn(MeasureText(r, c, outline), self._settings.Units)
            .Select(n => self.Units.Resolve(n).Slug).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
    }, this);

    private static string MeasureText(FindingRecord record, Commitment c, IReadOnlyList<OutlineItem> outline)
    {
        var key = MeasureOutline.KeyOf(c.Measure);
        return key is null ? record.Measures : string.Join('\n', MeasureOutline.Section(outline, key.Split('/')[0]).Select(i => i.Text));
    }

    private CommitmentView View(FindingRecord record, Commitment c, CommitmentReview review, FindingRow? row, RecordOutlines outlines)
    {
        var (state, stateText) = review.PastDue switch
        {
            true => ("past-due", "截至数据日期已过期限"),
            false => ("not-due", "截至数据日期未到期限"),
            null when c.Due is null => ("none", "无具体日期"),
            null => ("none", "未注明数据日期，无法比较"),
        };
        var (resultKey, resultText) = !review.HasPairedResult ? ("no-result", "完成情况中没有对应编号的段落")
            : review.ReportsCompletion ? ("done", "完成情况写有完成表述")
            : ("not-stated", "完成情况未见完成表述");
        return new CommitmentView
        {
            Measure = c.Measure,
            MeasureLabel = c.Measure.Length == 0 ? "整改措施" : c.Measure == DeadlineExtractor.TargetMeasure ? "整改目标" : "措施" + c.Measure,
            Text = c.Text,
            Kind = c.Kind,
            KindText = c.Kind switch { DeadlineExtractor.Immediate => "立行立改", DeadlineExtractor.Ongoing => "长期坚持", _ => "限期" },
            Due = c.Due,
            DueText = MonthText(c.Due),
            YearInferred = c.Kind == DeadlineExtractor.Dated && c.Due is not null && !c.Text.Contains('年'),
            State = state,
            StateText = stateText,
            ResultKey = resultKey,
            ResultText = resultText,
            Excerpt = Excerpt(c, outlines),
            Finding = row,
            MeasuresUrl = SiteViews.FindingUrl(record.Number) + "#" + (c.Measure == DeadlineExtractor.TargetMeasure ? "target" : "measures"),
        };
    }

    /// <summary>2024-06 → 2024年6月.</summary>
    public static string? MonthText(string? due)
    {
        if (due is null || !DateOnly.TryParseExact(due + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        return $"{d.Year}年{d.Month}月";
    }

    /// <summary>The sentence holding the commitment's wording, verbatim; over 80 characters it is cut and marked with ….</summary>
    private static string Excerpt(Commitment c, RecordOutlines outlines)
    {
        const int max = 80;
        var key = MeasureOutline.KeyOf(c.Measure);
        var outline = c.Measure == DeadlineExtractor.TargetMeasure ? outlines.Target : outlines.Measures;
        var items = key is null ? outline : MeasureOutline.Section(outline, key);
        foreach (var item in items)
        {
            var at = item.Text.IndexOf(c.Text, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = item.Text.LastIndexOfAny(['。', '；'], Math.Max(0, at - 1)) + 1;
            if (at == 0) start = 0;
            var end = item.Text.IndexOfAny(['。', '；'], at + c.Text.Length);
            end = end < 0 ? item.Text.Length : end + 1;
            if (end - start <= max) return item.Text[start..end];
            if (at + c.Text.Length - start > max) start = at;
            return item.Text.Substring(start, Math.Min(max, item.Text.Length - start)) + "…";
        }
        return "";
    }
}
