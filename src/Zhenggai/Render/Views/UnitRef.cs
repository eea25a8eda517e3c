namespace Zhenggai.Render.Views;

/// <summary>A responsible unit as a link: its published name, address key and page; Known is false for a unit the settings do not list.</summary>
public sealed record UnitRef(string Name, string Slug, string Url, bool Known);
