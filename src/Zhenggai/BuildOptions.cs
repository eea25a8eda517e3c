using Zhenggai.Pipeline;

namespace Zhenggai;

/// <summary>What to build and where.</summary>
public sealed record BuildOptions
{
    /// <summary>The folder holding statiq.json, input/ and theme/.</summary>
    public required string SiteRoot { get; init; }

    /// <summary>Where the site goes; default SiteRoot/output.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Markup appended before &lt;/body&gt; of every page; only `preview` sets it.</summary>
    public Func<SiteDocument, string?>? BodyEndHtml { get; init; }

    /// <summary>Receives progress while the build runs (the command line's progress bar); may be called from several threads.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    /// <summary>Lets a caller add or replace modules (tests, preview).</summary>
    public Action<SitePipeline>? Customize { get; init; }

    /// <summary>Build everything from scratch, without reading or writing the build cache (`--no-cache`).</summary>
    public bool NoCache { get; init; }

    /// <summary>
    /// A cache the caller keeps between builds (preview) and saves when it likes; null: the build
    /// opens the site's cache in .zhenggai-cache/ and saves it after publishing.
    /// </summary>
    public Incremental.BuildCache? Cache { get; init; }
}
