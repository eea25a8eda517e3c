namespace Zhenggai.Tests.Browser;

/// <summary>An element an axe-core rule failed on: its CSS selector, its markup and axe's explanation.</summary>
public sealed record AxeNode(string Target, string Html, string? FailureSummary);
