using System.CommandLine;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai check</c>: validates settings, records and theme without writing output; exit 1 on any error.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var quiet = CommonOptions.Quiet();
        var command = new Command("check", "Check settings, records and theme without writing anything; print every problem.") { root, quiet };
        command.SetAction(parse => DiagnosticPrinter.Run(() =>
        {
            var diagnostics = Zhenggai.SiteChecker.Check(parse.GetValue(root)!);
            DiagnosticPrinter.Print(diagnostics);
            var errors = diagnostics.Count(d => d.IsError);
            if (!parse.GetValue(quiet) || errors > 0)
                Console.WriteLine($"checked: {errors} error(s), {diagnostics.Count - errors} warning(s)");
            return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        }));
        return command;
    }
}
