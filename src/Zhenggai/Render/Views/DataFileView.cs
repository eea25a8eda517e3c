namespace Zhenggai.Render.Views;

/// <summary>A published data file as listed on the data page: its site-root address, format and what it holds.</summary>
public sealed record DataFileView(string Name, string Url, string Format, string Description);
