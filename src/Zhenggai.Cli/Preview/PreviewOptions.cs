namespace Zhenggai.Cli.Preview;

/// <summary>What `zhenggai preview` serves and how.</summary>
public sealed record PreviewOptions
{
    public const int DefaultPort = 5080;

    /// <summary>The site folder (statiq.json, input/, theme/, seeds/).</summary>
    public required string SiteRoot { get; init; }

    /// <summary>Where the preview builds to; default SiteRoot/output.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Port on 127.0.0.1; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Rebuild everything every time, without the build cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>Print only problems, not a line per rebuild.</summary>
    public bool Quiet { get; init; }
}
