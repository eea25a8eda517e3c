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
        var rows = ListRows.Of(views, records, context.Settings.Themes.Select(t => t.Key).ToList());
        var everything = Enumerable.Range(0, records.Count).ToArray();
        // The home page and findings/ list every finding, so both show the same theme counts.
        var themeCounts = views.ThemeCounts(records);

        var reportTitle = site.Report?.Title ?? context.Settings.SiteTitle;
        AddList(context, views, rows, everything, "", "home", reportTitle, context.Settings.SiteTitle, [home with { Url = null }], themeCounts, site.Report);
        AddList(context, views, rows, everything, "findings/", "all", "全部问题", "全部问题", [home, new Crumb("全部问题", null)], themeCounts, null);

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
                ThemeCounts = themeCounts,
            },
            Breadcrumbs = [home, themesCrumb with { Url = null }],
        });

        var themes = context.Settings.Themes;
        for (var t = 0; t < themes.Count; t++)
        {
            var theme = themes[t];
            var inTheme = rows.InTheme(t);
            var heading = $"{theme.Label}（{inTheme.Length}项）";
            AddList(context, views, rows, inTheme, SiteViews.ThemeUrl(theme.Key), "theme", $"主题：{theme.Label}", $"主题：{theme.Label}",
                [home, themesCrumb, new Crumb(theme.Label, null)], null, null, heading);
        }
    }

    /// <param name="list">The list's findings, as positions in the records (in number order).</param>
    /// <param name="themeCounts">Shown on each view's first page, or null for none.</param>
    private static void AddList(BuildContext context, SiteViews views, ListRows rows, int[] list, string baseUrl, string kind,
        string heading, string title, IReadOnlyList<Crumb> crumbs, IReadOnlyList<CountLink>? themeCounts, ReportView? report, string? headingOverride = null)
    {
        var paging = new ListPaging(context.Settings.ListPageSize);
        var counts = rows.CountByStatus(list);
        foreach (var status in new string?[] { null }.Concat(FindingStatus.All))
        {
            var shown = status is null ? list : rows.WithStatus(list, FindingStatus.IndexOf(status));
            if (status is not null && shown.Length == 0) continue;
            var (all, byStatus) = views.StatusFilters(counts, list.Length, baseUrl, status);
            var path = status is null ? baseUrl : baseUrl + "status/" + FindingStatus.Key(status) + "/";
            var listTitle = status is null ? title : $"{title}（{status}）";
            var listCrumbs = status is null ? crumbs : crumbs.Take(crumbs.Count - 1)
                .Append(crumbs[^1] with { Url = baseUrl }).Append(new Crumb(status, null)).ToList();
            // The home page shows the start of the whole list; its later pages are findings/'s, which lists the same rows.
            var isHome = kind == "home" && status is null;
            var pagerUrl = isHome ? "findings/" : path;
            var pages = isHome ? 1 : paging.PageCount(shown.Length);
            for (var page = 1; page <= pages; page++)
            {
                var (start, length) = paging.Slice(shown.Length, page);
                var pageCrumbs = page == 1 ? listCrumbs
                    : listCrumbs.Take(listCrumbs.Count - 1).Append(listCrumbs[^1] with { Url = path }).Append(new Crumb($"第{page}页", null)).ToList();
                context.Add(new SiteDocument(ListPaging.PageUrl(path, page) + "index.html", status is null ? kind : kind + "-status")
                {
                    Layout = "list",
                    Title = page == 1 ? listTitle : $"{listTitle}（第{page}页）",
                    Model = new ListView
                    {
                        Heading = headingOverride ?? heading,
                        Findings = rows.Rows(shown, start, length),
                        ShownCount = shown.Length,
                        TotalCount = list.Length,
                        StatusFilters = byStatus,
                        AllFilter = all,
                        CurrentStatus = status,
                        ThemeCounts = themeCounts is not null && page == 1 ? themeCounts : [],
                        Report = page == 1 ? report : null,
                        Pager = paging.Pager(pagerUrl, shown.Length, page),
                    },
                    Breadcrumbs = pageCrumbs,
                });
            }
        }
    }
}
