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

    /// <summary>Options for the site's themes (in settings order) and the standard statuses, partitioned for <paramref name="documents"/> findings.</summary>
    public static SearchIndexOptions ForSettings(SiteSettings settings, int documents = 0) => new()
    {
        Themes = settings.Themes.Select(t => new SearchFacet(t.Key, t.Label)).ToList(),
        Partitions = PartitionsFor(documents),
    };

    /// <summary>
    /// Tokens are spread over this many partitions (a power of two) by hash. The build holds
    /// <see cref="Parallelism"/> partitions' postings in memory at a time, so this bounds memory on large sites.
    /// </summary>
    public int Partitions { get; init; } = 64;

    /// <summary>
    /// One partition per 32 findings on small sites (4 at least: the seed site's 20 findings spent
    /// 93 ms, after the render phase had ended, on 64 nearly empty partitions), 64 from 2,048 up to
    /// 25,000 findings, then one per 400 findings or so, up to 256: at 100,000
    /// findings a partition then spills about 20 MB instead of 80 MB, which halved the peak working
    /// set of the benchmark (1,133 to 623 MiB with two partitions at once) for about 10 % more CPU.
    /// </summary>
    public static int PartitionsFor(int documents) => documents < 2048
        ? (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, documents / 32)), 4, 64)
        : (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, documents / 400)), 64, 256);

    /// <summary>
    /// A token whose postings with positions are larger than this keeps its positions in a file of
    /// its own (<c>x/</c>), read only to prove a longer word; below it, counts and positions sit in
    /// the bucket. Each such file is one more file to write and, for a proof, one more round trip.
    /// </summary>
    public int LargeEntryBytes { get; init; } = 16384;

    /// <summary>
    /// A large token's counts (document gaps and hit counts, no positions) stay in its bucket up to
    /// this size, so that a one-token query needs only its bucket; larger counts get a <c>c/</c> file.
    /// </summary>
    public int InlineCountsBytes { get; init; } = 65536;

    /// <summary>Each partition has as many buckets as its entries need to be about this size each.</summary>
    public int TargetBucketBytes { get; init; } = 49152;

    /// <summary>
    /// The searched parts as (anchor, heading) in reading order: the anchor is also the key of the part's
    /// text in a finding's open-data file (<see cref="DocumentFile"/>). By default the four of <see cref="FindingParts"/>.
    /// </summary>
    public IReadOnlyList<SearchFacet> Parts { get; init; } = DefaultParts;

    public static IReadOnlyList<SearchFacet> DefaultParts { get; } =
        FindingParts.All.Select(p => new SearchFacet(FindingParts.Anchor(p), FindingParts.Heading(p))).ToList();

    /// <summary>
    /// Where a finding's text is, relative to the site root, {n} standing for its number: the open-data
    /// file that src/Zhenggai/Render/Data/OpenDataModule.cs writes beside each finding page. Search
    /// results read their title, label, address and excerpt from it, so the index keeps no copy.
    /// </summary>
    public string DocumentFile { get; init; } = "findings/{n}/index.json";

    /// <summary>Partitions emitted at once in the second pass; memory holds about this many partitions.</summary>
    public int Parallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

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
