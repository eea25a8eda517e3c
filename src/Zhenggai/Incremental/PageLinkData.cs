namespace Zhenggai.Incremental;

/// <summary>
/// What the link check reads from one page, kept per content hash so an unchanged page is not
/// parsed again: the ids it defines and every address it refers to, in document order.
/// </summary>
public sealed record PageLinkData(IReadOnlyList<string> Ids, IReadOnlyList<PageLinkRef> Links);

/// <summary>One address on a page: element and attribute names, the value as written, and rel (for a).</summary>
public readonly record struct PageLinkRef(string Element, string Attribute, string Value, string? Rel);
