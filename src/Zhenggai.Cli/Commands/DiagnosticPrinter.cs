using Zhenggai.Diagnostics;

namespace Zhenggai.Cli.Commands;

/// <summary>Prints diagnostics to standard error in the file(line,col) form, and turns failures into exit codes.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Console.Error.WriteLine(d.ToString());
    }

    /// <summary>Runs a command body; input problems print and give 1, anything else is a bug and gives 3.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (DiagnosticException ex)
        {
            Print(ex.Diagnostics);
            var errors = ex.Diagnostics.Count(d => d.IsError);
            Console.Error.WriteLine($"failed: {errors} error(s); nothing was published or changed.");
            return ExitCodes.InputErrors;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine("internal error (a bug in zhenggai, not in your files): " + ex);
            return ExitCodes.InternalError;
        }
    }
}
