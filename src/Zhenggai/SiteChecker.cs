using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Write;

namespace Zhenggai;

/// <summary>
/// <c>zhenggai check</c>: runs the build in memory — settings, records, theme, rendering and
/// link checks — without writing anything, and returns every problem found.
/// </summary>
public static class SiteChecker
{
    public static IReadOnlyList<Diagnostic> Check(string siteRoot)
    {
        var options = new BuildOptions { SiteRoot = siteRoot };
        var pipeline = SiteBuilder.DefaultPipeline(options);
        var context = new BuildContext(Path.GetFullPath(siteRoot), outputFolder: "");
        var inMemory = new SitePipeline();
        foreach (var module in pipeline.Modules.Where(m => m.Phase != BuildPhase.Write && m is not IWritesOutput))
            inMemory.Add(module);
        try
        {
            inMemory.Run(context);
        }
        catch (DiagnosticException)
        {
            // Every diagnostic is also in the context's bag; the phase that failed stopped the run.
        }
        return context.Diagnostics.Sorted();
    }
}
