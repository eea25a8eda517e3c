using System.Collections.Concurrent;
using Zhenggai.Check;

namespace Zhenggai.Incremental;

/// <summary>
/// Everything the cache remembers between builds. Only a build that published successfully
/// updates it, so every entry describes output that passed every check.
/// </summary>
public sealed class CacheState
{
    /// <summary>The output folder <see cref="Published"/> describes (full path).</summary>
    public string? OutputFolder { get; set; }

    /// <summary>Every file of that output folder, by site path.</summary>
    public Dictionary<string, PublishedFile> Published { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How each rendered page was made, by site path.</summary>
    public ConcurrentDictionary<string, RenderEntry> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ids and links of HTML pages, by content hash.</summary>
    public ConcurrentDictionary<Hash256, PageLinks> Links { get; set; } = new();

    /// <summary>
    /// The fingerprint of what the last link check resolved links against (every path, every
    /// page's ids, the link root). While it holds, a page whose bytes did not change has no
    /// new broken links.
    /// </summary>
    public Hash256? LinkEnvironment { get; set; }
}
