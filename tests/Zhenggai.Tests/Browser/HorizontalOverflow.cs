namespace Zhenggai.Tests.Browser;

/// <summary>
/// Whether a page scrolls sideways at one viewport width, and the outermost elements that stick
/// out past the right edge (described as CSS selectors) so a failure says what to fix.
/// </summary>
public sealed record HorizontalOverflow(int ViewportWidth, int ScrollWidth, int ClientWidth, IReadOnlyList<string> WideElements)
{
    public bool Overflows => ScrollWidth > ClientWidth;

    public override string ToString() =>
        $"at {ViewportWidth}px: scrollWidth {ScrollWidth} vs clientWidth {ClientWidth}" +
        (WideElements.Count == 0 ? "" : "; too wide: " + string.Join(", ", WideElements));
}
