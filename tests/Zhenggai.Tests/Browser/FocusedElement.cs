namespace Zhenggai.Tests.Browser;

/// <summary>
/// The element that has keyboard focus: enough to identify it (tag, id, href, text), to know
/// where it sits (inside &lt;main&gt;?) and whether the focus is visible (outline, box-shadow).
/// </summary>
public sealed record FocusedElement(
    string Tag,
    string? Id,
    string? Href,
    string Text,
    string Selector,
    bool InsideMain,
    string OutlineStyle,
    double OutlineWidth,
    string BoxShadow)
{
    /// <summary>A focus ring is drawn: an outline of some width, or a box-shadow.</summary>
    public bool HasVisibleFocusIndicator =>
        (OutlineStyle != "none" && OutlineWidth > 0) || (BoxShadow != "none" && BoxShadow.Length > 0);

    public override string ToString() => $"{Selector} \"{Text}\"" + (Href is null ? "" : $" → {Href}");
}
