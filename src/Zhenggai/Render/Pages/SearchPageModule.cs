using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>The search page at search/: a plain form that search.js enhances, and links to the theme indexes without JavaScript.</summary>
public sealed class SearchPageModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var views = new SiteViews(context.Settings);
        var statuses = FindingStatus.All.Select(s => new CountLink(FindingStatus.Key(s), s, context.Records.Count(r => r.Status == s), "")).ToList();
        context.Add(new SiteDocument("search/index.html", "search")
        {
            Layout = "search",
            Title = "全文搜索",
            Model = new SearchPageView(views.Site().Themes, statuses),
            Breadcrumbs = [new Crumb("首页", ""), new Crumb("搜索", null)],
        });
    }
}
