using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Views;
using Zhenggai.Settings;

namespace Zhenggai.Render.Pages;

/// <summary>
/// units/ and one units/SLUG/ page per responsible unit, from the records' <c>units</c> field.
/// Every known unit (settings <c>Units</c>) has a page even with no finding, so its address
/// stays valid; a unit the settings do not know gets a hash address and a warning.
/// </summary>
public sealed class UnitPagesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var views = new SiteViews(context.Settings);
        var officials = new OfficialsViews(context.Settings);
        var directory = officials.Units;

        foreach (var dup in context.Settings.Units.GroupBy(u => u.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
            context.Diagnostics.Add(Diagnostic.Error("ZG0821", SettingsLoader.FileName, 1,
                $"unit slug `{dup.Key}` is used by {string.Join("、", dup.Select(u => u.Name))}",
                "give each unit in `Units` its own slug; a unit's other names belong in its `Aliases`"));

        var byUnit = new Dictionary<string, (UnitRef Unit, List<FindingRecord> Records)>(StringComparer.Ordinal);
        foreach (var u in context.Settings.Units)
            byUnit.TryAdd(u.Slug, (directory.Resolve(u.Name), []));
        foreach (var r in context.Records)
            foreach (var unit in officials.UnitsOf(r))
            {
                if (!byUnit.TryGetValue(unit.Slug, out var entry))
                {
                    entry = (unit, []);
                    byUnit[unit.Slug] = entry;
                    context.Diagnostics.Add(Diagnostic.Warning("ZG0820", r.FilePath ?? RecordFile.FileName(r.Number), 2,
                        $"the unit `{unit.Name}` is not in the settings, so its page gets the address {unit.Url}",
                        $"add it to `Units` in statiq.json with a readable slug, e.g. {{ \"Name\": \"{unit.Name}\", \"Slug\": \"…\", \"Aliases\": [] }}, or fix its name in the record"));
                }
                entry.Records.Add(r);
            }

        // Known units in the order the settings list them, then the others by name.
        var ordered = byUnit.Values.OrderBy(e => e.Unit.Known ? 0 : 1)
            .ThenBy(e => e.Unit.Known ? IndexOf(context.Settings.Units, e.Unit.Slug) : 0)
            .ThenBy(e => e.Unit.Name, StringComparer.Ordinal)
            .ToList();
        var home = new Crumb("首页", "");
        var unitsCrumb = new Crumb("责任单位", UnitDirectory.Folder);
        var paging = new ListPaging(context.Settings.ListPageSize);
        foreach (var (unit, records) in ordered)
        {
            var aliases = directory.Find(unit.Name)?.Aliases ?? [];
            // A long unit page is split by its findings; each page shows the deadlines of its own findings.
            var pages = paging.PageCount(records.Count);
            for (var page = 1; page <= pages; page++)
            {
                var (start, length) = paging.Slice(records.Count, page);
                var onPage = records.GetRange(start, length);
                var pager = paging.Pager(unit.Url, records.Count, page);
                context.Add(new SiteDocument(ListPaging.PageUrl(unit.Url, page) + "index.html", "unit")
                {
                    Layout = "unit",
                    Title = page == 1 ? $"责任单位：{unit.Name}" : $"责任单位：{unit.Name}（第{page}页）",
                    Description = $"{unit.Name}负责整改的问题及整改时限。",
                    // Built when the page renders, in parallel with the other pages: a unit's commitments
                    // are read out of every measure of its findings, seconds of work at 10,000 findings.
                    ModelFactory = () =>
                    {
                        var rows = onPage.Select(views.Row).ToList();
                        return new UnitPageView(unit.Name, aliases, unit.Known, rows,
                            onPage.SelectMany((r, i) => officials.CommitmentsNaming(r, unit, rows[i])).ToList())
                        {
                            TotalFindings = records.Count,
                            Pager = pager,
                        };
                    },
                    Breadcrumbs = page == 1 ? [home, unitsCrumb, new Crumb(unit.Name, null)]
                        : [home, unitsCrumb, new Crumb(unit.Name, unit.Url), new Crumb($"第{page}页", null)],
                });
            }
        }
        context.Add(new SiteDocument(UnitDirectory.Folder + "index.html", "units")
        {
            Layout = "units",
            Title = "责任单位",
            Description = "按责任单位查看各项问题。",
            Model = new UnitsOverviewView(
                ordered.Select(e => new UnitCountView(e.Unit.Name, e.Unit.Url, e.Records.Count, directory.Find(e.Unit.Name)?.Aliases ?? [], e.Unit.Known)).ToList(),
                context.Records.Count,
                context.Records.Count(r => r.Units.Count == 0)),
            Breadcrumbs = [home, unitsCrumb with { Url = null }],
        });
    }

    private static int IndexOf(IReadOnlyList<UnitDefinition> units, string slug)
    {
        for (var i = 0; i < units.Count; i++) if (units[i].Slug == slug) return i;
        return int.MaxValue;
    }
}
