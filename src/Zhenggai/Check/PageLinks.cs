namespace Zhenggai.Check;

/// <summary>
/// What the link check needs of one page: the ids it defines (fragment targets) and the
/// addresses it refers to, in document order. Read once per page by <see cref="PageLinkReader"/>,
/// so the check never has to keep or re-read the page's bytes.
/// </summary>
public sealed class PageLinks
{
    public PageLinks(IReadOnlySet<string> ids, IReadOnlyList<PageLink> links)
    {
        Ids = ids;
        Links = links;
    }

    public IReadOnlySet<string> Ids { get; }

    public IReadOnlyList<PageLink> Links { get; }
}
