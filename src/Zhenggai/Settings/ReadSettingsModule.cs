using Zhenggai.Pipeline;

namespace Zhenggai.Settings;

/// <summary>Reads statiq.json into typed settings.</summary>
public sealed class ReadSettingsModule : IModule
{
    public BuildPhase Phase => BuildPhase.Read;

    public void Execute(BuildContext context)
    {
        try
        {
            context.Settings = SettingsLoader.Load(context.SiteRoot);
        }
        catch (Diagnostics.DiagnosticException ex)
        {
            context.Diagnostics.AddRange(ex.Diagnostics);
        }
    }
}
