using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>
/// The lists readers browse: the home page, findings/, one index per theme, the themes
/// overview, and for each list one page per status so a narrowed view has its own address
/// and works without JavaScript. All counts come from the same records.
/// </summary>
public sealed class ListPagesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var views = new SiteViews(context.Settings);
        var records = context.Records;
        var site = views.Site();
        var home = new Crumb("首页", "");
        // One row per finding, shared by every list it appears in (home, all, its themes, their status views).
        var rows = new Dictionary<FindingRecord, FindingRow>(records.Count, ReferenceEqualityComparer.Instance);
        foreach (var r in records) rows.TryAdd(r, views.Row(r));
        var row = (FindingRecord r) => rows[r];

        var reportTitle = site.Report?.Title ?? context.Settings.SiteTitle;
        AddList(context, views, row, records, "", "home", reportTitle, context.Settings.SiteTitle, [home with { Url = null }], withThemes: true, site.Report);
        AddList(context, views, row, records, "findings/", "all", "全部问题", "全部问题", [home, new Crumb("全部问题", null)], withThemes: true, null);

        var themesCrumb = new Crumb("主题", "themes/");
        context.Add(new SiteDocument("themes/index.html", "themes")
        {
            Layout = "themes",
            Title = "按主题浏览",
            Model = new ListView
            {
                Heading = "按主题浏览",
                Findings = [],
                TotalCount = records.Count,
                StatusFilters = [],
                ThemeCounts = views.ThemeCounts(records),
            },
            Breadcrumbs = [home, themesCrumb with { Url = null }],
        });

        foreach (var theme in context.Settings.Themes)
        {
            var inTheme = records.Where(r => r.Themes.Contains(theme.Key)).ToList();
            var heading = $"{theme.Label}（{inTheme.Count}项）";
            AddList(context, views, row, inTheme, SiteViews.ThemeUrl(theme.Key), "theme", $"主题：{theme.Label}", $"主题：{theme.Label}",
                [home, themesCrumb, new Crumb(theme.Label, null)], withThemes: false, null, heading);
        }
    }

    private static void AddList(BuildContext context, SiteViews views, Func<FindingRecord, FindingRow> row, IReadOnlyList<FindingRecord> records, string baseUrl, string kind,
        string heading, string title, IReadOnlyList<Crumb> crumbs, bool withThemes, ReportView? report, string? headingOverride = null)
    {
        var paging = new ListPaging(context.Settings.ListPageSize);
        foreach (var status in new string?[] { null }.Concat(FindingStatus.All))
        {
            var shown = status is null ? records : records.Where(r => r.Status == status).ToList();
            if (status is not null && shown.Count == 0) continue;
            var (all, byStatus) = views.StatusFilters(records, baseUrl, status);
            var path = status is null ? baseUrl : baseUrl + "status/" + FindingStatus.Key(status) + "/";
            var listTitle = status is null ? title : $"{title}（{status}）";
            var listCrumbs = status is null ? crumbs : crumbs.Take(crumbs.Count - 1)
                .Append(crumbs[^1] with { Url = baseUrl }).Append(new Crumb(status, null)).ToList();
            // The home page shows the start of the whole list; its later pages are findings/'s, which lists the same rows.
            var isHome = kind == "home" && status is null;
            var pagerUrl = isHome ? "findings/" : path;
            var pages = isHome ? 1 : paging.PageCount(shown.Count);
            for (var page = 1; page <= pages; page++)
            {
                var (start, length) = paging.Slice(shown.Count, page);
                var pageCrumbs = page == 1 ? listCrumbs
                    : listCrumbs.Take(listCrumbs.Count - 1).Append(listCrumbs[^1] with { Url = path }).Append(new Crumb($"第{page}页", null)).ToList();
                context.Add(new SiteDocument(ListPaging.PageUrl(path, page) + "index.html", status is null ? kind : kind + "-status")
                {
                    Layout = "list",
                    Title = page == 1 ? listTitle : $"{listTitle}（第{page}页）",
                    Model = new ListView
                    {
                        Heading = headingOverride ?? heading,
                        Findings = Enumerable.Range(start, length).Select(i => row(shown[i])).ToList(),
                        ShownCount = shown.Count,
                        TotalCount = records.Count,
                        StatusFilters = byStatus,
                        AllFilter = all,
                        CurrentStatus = status,
                        ThemeCounts = withThemes && page == 1 ? views.ThemeCounts(records) : [],
                        Report = page == 1 ? report : null,
                        Pager = paging.Pager(pagerUrl, shown.Count, page),
                    },
                    Breadcrumbs = pageCrumbs,
                });
            }
        }
    }
}
