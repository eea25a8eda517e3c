using System.CommandLine;
using System.Diagnostics;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai check</c>: validates settings, records and theme without writing output; exit 1 on any error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var root = CommonOptions.Root();
        var command = new Command("check",
            "Check settings, records and theme without writing anything: the whole build runs in a scratch folder, "
            + "and every problem is printed at once as file(line,col): error CODE: message, with a hint. Exit code 1 when there is an error.")
        { root };
        var verbosity = CommonOptions.AddVerbosity(command);
        ExamplesHelpAction.Set(command,
            "zhenggai check                 check the site in the current folder",
            "zhenggai check --root site -q  print only the problems of the site in site/");
        command.SetAction(parse =>
        {
            output.Verbosity = verbosity(parse);
            return DiagnosticPrinter.Run(output, () =>
            {
                var clock = Stopwatch.StartNew();
                var diagnostics = SiteChecker.Check(parse.GetValue(root)!);
                output.Print(diagnostics);
                var errors = diagnostics.Count(d => d.IsError);
                var summary = $"checked: {CliOutput.Count(errors, "error")}, {CliOutput.Count(diagnostics.Count - errors, "warning")} in {CliOutput.Duration(clock.Elapsed)}";
                // With errors the summary goes to standard error, where a quiet run still shows it.
                if (errors > 0) output.Error.WriteLine(summary);
                else output.Line(summary);
                return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
            });
        });
        return command;
    }
}
