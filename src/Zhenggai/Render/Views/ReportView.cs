namespace Zhenggai.Render.Views;

/// <summary>The report a finding belongs to, as shown to readers.</summary>
public sealed record ReportView(string Id, string Title, string? IssuingBody, string? DataDate, string? DataDateText, string? SourceNote);
