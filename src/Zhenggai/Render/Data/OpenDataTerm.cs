namespace Zhenggai.Render.Data;

/// <summary>A controlled value in the open data: an ASCII key for machines and the Chinese label readers see (a theme, a status).</summary>
public sealed record OpenDataTerm(string Key, string Label);
