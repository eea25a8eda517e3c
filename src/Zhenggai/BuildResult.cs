using Zhenggai.Diagnostics;

namespace Zhenggai;

/// <summary>The outcome of a successful build: counts, warnings and per-phase timings.</summary>
public sealed record BuildResult(int Pages, int Files, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Log, TimeSpan Elapsed)
{
    /// <summary>What the build cache saved; null when the build ran without it.</summary>
    public Incremental.CacheStats? Cache { get; init; }

    /// <summary>
    /// Everything the build saw (settings, records, templates, documents), for a caller that
    /// keeps working with it — preview renders one edited page against it before rebuilding.
    /// </summary>
    public Pipeline.BuildContext? Context { get; init; }
}
