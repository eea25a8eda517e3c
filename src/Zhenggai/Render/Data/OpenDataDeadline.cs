namespace Zhenggai.Render.Data;

/// <summary>A dated commitment as published in the open data; the fields of <see cref="Records.Commitment"/>.</summary>
public sealed record OpenDataDeadline(string Measure, string Text, string? Due, string Kind);
