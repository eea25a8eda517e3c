namespace Zhenggai.Render.Views;

/// <summary>A finding as a line in a list: home page, theme and unit indexes.</summary>
public sealed record FindingRow(int Number, string Label, string Title, StatusView Status, IReadOnlyList<ThemeRef> Themes, string Url);
