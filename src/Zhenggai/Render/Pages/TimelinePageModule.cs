using Zhenggai.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>
/// timeline/: every commitment of every finding, by month of its deadline, then the
/// undated ones (立行立改, 长期坚持). Months run oldest first, findings by number within a month.
/// </summary>
public sealed class TimelinePageModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        foreach (var r in context.Records) Validate(r, context.Diagnostics);
        var views = new SiteViews(context.Settings);
        var officials = new OfficialsViews(context.Settings);
        // Every commitment of every finding, reviewed against its result: in parallel, in record order
        // (4 s on one core at 100,000 findings, in a phase that otherwise leaves the second core idle).
        var items = context.Records.AsParallel().AsOrdered()
            .Select(r => officials.Commitments(r, views.Row(r)))
            .ToList()
            .SelectMany(c => c)
            .ToList();
        var groups = new List<TimelineGroup>();
        foreach (var month in items.Where(i => i.Due is not null).GroupBy(i => i.Due!).OrderBy(g => g.Key, StringComparer.Ordinal))
            groups.Add(new TimelineGroup("m-" + month.Key, OfficialsViews.MonthText(month.Key) ?? month.Key, month.Key, month.ToList()));
        foreach (var (kind, heading) in new[] { (DeadlineExtractor.Immediate, "立行立改"), (DeadlineExtractor.Ongoing, "长期坚持") })
        {
            var undated = items.Where(i => i.Due is null && i.Kind == kind).ToList();
            if (undated.Count > 0) groups.Add(new TimelineGroup(kind, heading, null, undated));
        }
        var other = items.Where(i => i.Due is null && i.Kind != DeadlineExtractor.Immediate && i.Kind != DeadlineExtractor.Ongoing).ToList();
        if (other.Count > 0) groups.Add(new TimelineGroup("undated", "未注明日期", null, other));

        var report = views.Site().Report;
        var paging = new ListPaging(context.Settings.ListPageSize);
        var pages = paging.PageCount(items.Count);
        // Every page lists every month and links to the page where it starts; a month cut by a page
        // boundary goes on under the same heading, marked as continued.
        var starts = new List<(TimelineGroup Group, int Start)>();
        var at = 0;
        foreach (var g in groups) { starts.Add((g, at)); at += g.Items.Count; }
        var index = starts.Select(s => new TimelineIndexEntry(s.Group.Id, s.Group.Heading, s.Group.Items.Count, paging.PageOf(items.Count, s.Start),
            ListPaging.PageUrl(OfficialsViews.TimelineUrl, paging.PageOf(items.Count, s.Start)) + "#" + s.Group.Id)).ToList();

        // The counts are the whole timeline's, the same on every page: counted once.
        var pastDue = items.Count(i => i.State == "past-due");
        var pastDueNotStated = items.Count(i => i.State == "past-due" && i.ResultKey != "done");
        var findingsWithout = context.Records.Count(r => r.Deadlines.Count == 0);
        for (var page = 1; page <= pages; page++)
        {
            var (start, length) = paging.Slice(items.Count, page);
            var onPage = new List<TimelineGroup>();
            foreach (var (g, first) in starts)
            {
                var from = Math.Max(start, first);
                var to = Math.Min(start + length, first + g.Items.Count);
                if (from >= to) continue;
                onPage.Add(from == first && to == first + g.Items.Count ? g
                    : g with { Items = Range(g.Items, from - first, to - from), Continued = from > first });
            }
            context.Add(new SiteDocument(ListPaging.PageUrl(OfficialsViews.TimelineUrl, page) + "index.html", "timeline")
            {
                Layout = "timeline",
                Title = page == 1 ? "整改时限" : $"整改时限（第{page}页）",
                Description = "各项问题整改措施中写明的时限，按月份排列，并与数据截至日期比较。",
                Model = new TimelineView
                {
                    Page = page,
                    Groups = onPage,
                    Index = index,
                    Total = items.Count,
                    PastDue = pastDue,
                    PastDueNotStated = pastDueNotStated,
                    FindingsWithout = findingsWithout,
                    DataDate = report?.DataDate,
                    DataDateText = report?.DataDateText,
                    Pager = paging.Pager(OfficialsViews.TimelineUrl, items.Count, page),
                },
                Breadcrumbs = page == 1 ? [new Crumb("首页", ""), new Crumb("整改时限", null)]
                    : [new Crumb("首页", ""), new Crumb("整改时限", OfficialsViews.TimelineUrl), new Crumb($"第{page}页", null)],
            });
        }
    }

    private static List<CommitmentView> Range(IReadOnlyList<CommitmentView> items, int start, int count)
    {
        var range = new List<CommitmentView>(count);
        for (var i = start; i < start + count; i++) range.Add(items[i]);
        return range;
    }

    /// <summary>
    /// Deadlines are editable. The open data already rejects a malformed due month or an
    /// unknown kind; this adds what the timeline needs on top: a dated deadline has a month,
    /// an undated one has none.
    /// </summary>
    private static void Validate(FindingRecord r, DiagnosticBag diagnostics)
    {
        var file = r.FilePath ?? RecordFile.FileName(r.Number);
        foreach (var c in r.Deadlines)
        {
            if (c.Kind == DeadlineExtractor.Dated && c.Due is null)
                diagnostics.Add(Diagnostic.Error("ZG0830", file, 2, $"deadline `{c.Text}` is dated but has no `due` month",
                    "write the month the deadline ends as yyyy-MM, e.g. `due: 2024-06` for 「2024年6月底前」, or use `kind: immediate` (立行立改) or `kind: ongoing` (长期坚持)"));
            else if (c.Kind is DeadlineExtractor.Immediate or DeadlineExtractor.Ongoing && c.Due is not null)
                diagnostics.Add(Diagnostic.Error("ZG0830", file, 2, $"deadline `{c.Text}` of kind `{c.Kind}` has a `due` month",
                    "only `kind: dated` deadlines have a `due`; remove it or change the kind to `dated`"));
        }
    }
}
