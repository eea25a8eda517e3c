namespace Zhenggai.Render.Views;

/// <summary>A field of the open data: its JSON key and what it holds, taken from the published schema.</summary>
public sealed record DataFieldView(string Name, string Description);
