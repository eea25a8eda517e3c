using Zhenggai.Pipeline;

namespace Zhenggai.Render.Pages;

/// <summary>Copies the theme's assets/ (CSS, JS, images) to the output's assets/.</summary>
public sealed class ThemeAssetsModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var files = context.Templates!.Files;
        foreach (var path in files.Paths.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)))
            context.Add(new SiteDocument(path, "asset") { Content = files.Read(path) });
    }
}
