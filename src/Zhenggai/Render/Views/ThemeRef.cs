namespace Zhenggai.Render.Views;

/// <summary>A theme as a link target: key for the address, Chinese label for the reader.</summary>
public sealed record ThemeRef(string Key, string Label, string Url);
