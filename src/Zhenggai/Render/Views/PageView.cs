namespace Zhenggai.Render.Views;

/// <summary>What the base layout needs of any page: its own title, place in the site and body.</summary>
public sealed record PageView(
    string Title,
    string? Description,
    string Path,
    string Kind,
    IReadOnlyList<Crumb> Breadcrumbs,
    RawHtml Content,
    IReadOnlyList<MetaTag> Meta);
