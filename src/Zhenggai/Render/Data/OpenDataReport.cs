namespace Zhenggai.Render.Data;

/// <summary>A report as published in the open data, from settings (statiq.json Reports).</summary>
public sealed record OpenDataReport(string Id, string Title, string? IssuingBody, string? DataDate, string? SourceNote);
