using System.Diagnostics;
using Zhenggai.Diagnostics;

namespace Zhenggai.Cli.Commands;

/// <summary>Runs a command body and turns its failures into exit codes, printing diagnostics in the file(line,col) form.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Runs a command body; input problems print and give 1, a disk or folder that refuses gives 4, anything else is a bug and gives 3.</summary>
    public static int Run(CliOutput output, Func<int> body)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return body();
        }
        catch (DiagnosticException ex)
        {
            output.Print(ex.Diagnostics);
            var errors = ex.Diagnostics.Count(d => d.IsError);
            output.Error.WriteLine($"failed: {CliOutput.Count(errors, "error")}, {CliOutput.Count(ex.Diagnostics.Count - errors, "warning")} in {CliOutput.Duration(clock.Elapsed)}; nothing was published or changed.");
            return ExitCodes.InputErrors;
        }
        catch (Exception ex) when (FileSystemFailure.Find(ex) is { } failure)
        {
            output.Error.WriteLine("error: " + failure.Message);
            output.Error.WriteLine("  hint: free space on that disk, or make the folder writable (or the path a folder), then run the command again");
            output.Error.WriteLine($"failed in {CliOutput.Duration(clock.Elapsed)}; nothing was published or changed.");
            return ExitCodes.FileSystem;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            output.Error.WriteLine("internal error (a bug in zhenggai, not in your files): " + ex);
            return ExitCodes.InternalError;
        }
    }
}
