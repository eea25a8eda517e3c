namespace Zhenggai.Render;

/// <summary>
/// Markup made by our own C# code (a rendered partial, an SVG QR code). It is the only
/// value templates write without escaping; record text can never become one.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
