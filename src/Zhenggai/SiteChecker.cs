using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Write;

namespace Zhenggai;

/// <summary>
/// <c>zhenggai check</c>: runs the whole build — settings, records, theme, rendering, links,
/// manifest — into a throwaway folder outside the site, and returns every problem found.
/// output/ and input/ are never touched; modules that write elsewhere (<see cref="IWritesOutput"/>) are skipped.
/// </summary>
public static class SiteChecker
{
    public static IReadOnlyList<Diagnostic> Check(string siteRoot)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "zhenggai-check-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(scratch);
        var context = new BuildContext(Path.GetFullPath(siteRoot), scratch);
        var pipeline = new SitePipeline();
        foreach (var module in SiteBuilder.DefaultPipeline(new BuildOptions { SiteRoot = siteRoot }).Modules.Where(m => m is not IWritesOutput))
            pipeline.Add(module);
        try
        {
            pipeline.Run(context);
        }
        catch (DiagnosticException)
        {
            // Every diagnostic is also in the context's bag; the phase that failed stopped the run.
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
        return context.Diagnostics.Sorted();
    }
}
