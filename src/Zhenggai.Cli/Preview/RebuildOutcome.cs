namespace Zhenggai.Cli.Preview;

/// <summary>One preview build: its result, or the error text shown to the open pages; and how long it took from the first change seen.</summary>
public sealed record RebuildOutcome(BuildResult? Result, string? Error, TimeSpan Elapsed);
