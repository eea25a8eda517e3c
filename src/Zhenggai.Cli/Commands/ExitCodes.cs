namespace Zhenggai.Cli.Commands;

/// <summary>Exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input has errors; they were printed with file and line.</summary>
    public const int InputErrors = 1;
    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
    /// <summary>A bug in Zhenggai: please report it with the printed details.</summary>
    public const int InternalError = 3;
}
