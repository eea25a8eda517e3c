namespace Zhenggai.Render.Views;

/// <summary>One page number in a pager; GapBefore when numbers are left out before it.</summary>
public sealed record PagerLink(int Number, string Url, bool Current, bool GapBefore);
