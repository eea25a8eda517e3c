namespace Zhenggai.Render.Views;

/// <summary>A breadcrumb step; Url is a site-root address, null for the current page.</summary>
public sealed record Crumb(string Label, string? Url);
