namespace Zhenggai.Render.Views;

/// <summary>
/// One paragraph of official text, split for display only: <c>Marker + Lead + Text</c> is the
/// paragraph exactly. Kind is <c>item</c> (numbered sub-item), <c>unit</c> (a department
/// sub-heading standing alone) or <c>para</c>. Lead is a department name that opens the paragraph.
/// </summary>
public sealed record BlockView(string Kind, string Marker, string Lead, string Text, int Level);
