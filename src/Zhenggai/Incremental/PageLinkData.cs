namespace Zhenggai.Incremental;

/// <summary>
/// What the link check reads from one page, kept per content hash so an unchanged page is not
/// parsed again: the ids it defines and every address it refers to, in document order.
/// </summary>
public sealed class PageLinkData
{
    private IReadOnlySet<string>? _idSet;
    private Hash256? _idsKey;

    public PageLinkData(IReadOnlyList<string> ids, IReadOnlyList<PageLinkRef> links)
    {
        Ids = ids;
        Links = links;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<PageLinkRef> Links { get; }

    /// <summary>The ids as a set, made when first asked for (only pages that are link targets need it).</summary>
    public IReadOnlySet<string> IdSet => _idSet ??= Ids.ToHashSet(StringComparer.Ordinal);

    /// <summary>A hash of the set of ids, for <see cref="IncrementalBuild.LinkEnvironment"/>.</summary>
    public Hash256 IdsKey => _idsKey ??= Hash256.From(ContentHasher.Of(Ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()));
}

/// <summary>One address on a page: element and attribute names, the value as written, and rel (for a).</summary>
public readonly record struct PageLinkRef(string Element, string Attribute, string Value, string? Rel);
