namespace Zhenggai.Cli.Commands;

/// <summary>How much a command prints besides errors and warnings, which it always prints.</summary>
internal enum Verbosity
{
    /// <summary>--quiet: errors and warnings only.</summary>
    Quiet,

    /// <summary>Progress (a bar on a terminal, a line per phase otherwise) and the summary line.</summary>
    Normal,

    /// <summary>--verbose: also timings and details (per phase, per record).</summary>
    Verbose,
}
