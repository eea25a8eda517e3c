namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>What the importer must read back for one generated finding, field by field, and the line its number is on.</summary>
internal sealed record ExpectedFinding(
    int Number,
    string Label,
    int Line,
    string Problem,
    string Target,
    string Measures,
    string Result,
    string? Units,
    string? Deadline,
    string? Status,
    string? Note);
