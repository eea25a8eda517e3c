namespace Zhenggai.Cli.Commands;

/// <summary>Exit codes, documented in README.md and in `zhenggai --help`.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input has errors; they were printed with file and line.</summary>
    public const int InputErrors = 1;
    /// <summary>The command line itself was wrong (unknown command or option, missing value, --quiet with --verbose).</summary>
    public const int Usage = 2;
    /// <summary>A bug in Zhenggai: please report it with the printed details.</summary>
    public const int InternalError = 3;
    /// <summary>The file system refused: a full disk, a read-only or forbidden folder, a file where a folder should be.</summary>
    public const int FileSystem = 4;

    /// <summary>The exit code table as help prints it.</summary>
    public const string Help = """
        Exit codes:
          0  success
          1  the input has errors (each printed as file(line,col): error CODE: message, with a hint); nothing was changed
          2  usage error: unknown command or option, missing or bad value
          3  internal error: a bug in zhenggai; please report it with the printed details
          4  the disk or a folder refused (full, read-only, no permission); nothing was changed
        """;
}
