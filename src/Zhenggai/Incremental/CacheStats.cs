namespace Zhenggai.Incremental;

/// <summary>How much of a build the cache saved, for the summary line, the benchmark and tests.</summary>
public sealed record CacheStats
{
    /// <summary>Why the cache on disk was not used (damaged, another tool version …), or null.</summary>
    public string? Ignored { get; init; }

    public int RecordsParsed { get; init; }
    public int RecordsReused { get; init; }
    public int PagesRendered { get; init; }
    public int PagesReused { get; init; }
    public int FilesWritten { get; init; }
    public int FilesKept { get; init; }
    public int FilesDeleted { get; init; }
    public int LinkPagesChecked { get; init; }
    public int LinkPagesSkipped { get; init; }

    /// <summary>True when the output was updated file by file instead of replaced whole.</summary>
    public bool Delta { get; init; }

    /// <summary>The site paths rendered from a layout in this build, in order; lets tests see exactly what was redone.</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    public override string ToString() =>
        $"cache: rendered {PagesRendered}, reused {PagesReused} pages; wrote {FilesWritten}, kept {FilesKept}, deleted {FilesDeleted} files"
        + (Ignored is null ? "" : $" (previous cache ignored: {Ignored})");
}
