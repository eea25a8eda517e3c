using Zhenggai.Pipeline;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>
/// 404.html. Servers show it at any depth, so its links cannot be relative to one folder:
/// it is rendered as if at the root, and the check phase treats it the same way.
/// </summary>
public sealed class NotFoundPageModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        context.Add(new SiteDocument("404.html", "404")
        {
            Layout = "404",
            Title = "页面未找到",
            Model = new SiteViews(context.Settings).ThemeCounts(context.Records),
            Breadcrumbs = [new Crumb("首页", ""), new Crumb("页面未找到", null)],
        });
    }
}
