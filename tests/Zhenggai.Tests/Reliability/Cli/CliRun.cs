namespace Zhenggai.Tests.Reliability.Cli;

/// <summary>What one run of the command line gave: the exit code and everything it printed.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
