namespace Zhenggai.Tests.Reliability.Cli;

/// <summary>Tests that capture the process-wide console run alone, so no other test's output mixes in.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection
{
}
