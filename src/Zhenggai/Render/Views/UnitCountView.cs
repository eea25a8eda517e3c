namespace Zhenggai.Render.Views;

/// <summary>A unit on the overview: name, page, number of findings and the other names it goes by.</summary>
public sealed record UnitCountView(string Name, string Url, int Count, IReadOnlyList<string> Aliases, bool Known);
