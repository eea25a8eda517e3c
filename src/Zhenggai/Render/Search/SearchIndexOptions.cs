using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Render.Search;

/// <summary>What the search index offers as filters, and how it is cut into files.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>Themes in the order the filter lists them (from settings).</summary>
    public required IReadOnlyList<SearchFacet> Themes { get; init; }

    /// <summary>Statuses in the order the filter lists them; by default the controlled set of <see cref="FindingStatus"/>.</summary>
    public IReadOnlyList<SearchFacet> Statuses { get; init; } = DefaultStatuses;

    public static IReadOnlyList<SearchFacet> DefaultStatuses { get; } =
        FindingStatus.All.Select(s => new SearchFacet(FindingStatus.Key(s), s)).ToList();

    /// <summary>Options for the site's themes (in settings order) and the standard statuses.</summary>
    public static SearchIndexOptions ForSettings(SiteSettings settings) => new()
    {
        Themes = settings.Themes.Select(t => new SearchFacet(t.Key, t.Label)).ToList(),
    };

    /// <summary>
    /// Tokens are spread over this many partitions (a power of two) by hash. The build holds one
    /// partition's postings in memory at a time, so this bounds memory on large sites.
    /// </summary>
    public int Partitions { get; init; } = 64;

    /// <summary>A token whose postings are larger than this gets files of its own instead of a place in a shared bucket.</summary>
    public int LargeEntryBytes { get; init; } = 2048;

    /// <summary>Buckets of small tokens are split until each is about this size.</summary>
    public int TargetBucketBytes { get; init; } = 16384;

    /// <summary>
    /// At most this many frequent Han phrases of 4 to 8 characters get a token of their own (see
    /// <see cref="PhraseTable"/>); 0 turns them off. Each costs about two characters per document it
    /// occurs in and two or three per occurrence (its positions): 12 % of the index at 1,024 in the
    /// benchmark. A query for the phrase then needs its counts instead of the positions of two or
    /// more of its pairs, and a longer word containing it can be proved by its positions.
    /// </summary>
    public int PhraseBudget { get; init; } = 1024;

    /// <summary>The phrases are chosen by document frequency in the first documents holding this many characters.</summary>
    public int PhraseSampleCharacters { get; init; } = 500_000;

    /// <summary>Where postings are spilled between the two passes; the system temp folder by default.</summary>
    public string? TempDirectory { get; init; }
}
