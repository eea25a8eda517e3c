using System.CommandLine;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai build</c>: builds the site into output/ and publishes it only if every check passed.</summary>
internal static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var root = CommonOptions.Root();
        var folder = new Option<string?>("--output", "-o")
        {
            Description = "Where to put the site. Default: output/ in the site folder. It is replaced only when the whole build succeeded.",
            HelpName = "folder",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Build everything from scratch: do not read or write the build cache (.zhenggai-cache/).",
        };
        var command = new Command("build",
            "Build the site from statiq.json, input/findings/ and theme/ into output/. Every page is rendered and every link checked in a staging folder; "
            + "output/ is replaced only when there is no error, so a failed build leaves the published site as it was.")
        { root, folder, noCache };
        var verbosity = CommonOptions.AddVerbosity(command);
        ExamplesHelpAction.Set(command,
            "zhenggai build                          build the site in the current folder into output/",
            "zhenggai build --root site -o /srv/www  build the site in site/ into /srv/www",
            "zhenggai build -q                       print only errors and warnings (for scripts)");
        command.SetAction(parse =>
        {
            output.Verbosity = verbosity(parse);
            return DiagnosticPrinter.Run(output, () =>
            {
                var result = BuildProgressView.Build(new BuildOptions
                {
                    SiteRoot = parse.GetValue(root)!,
                    OutputFolder = parse.GetValue(folder),
                    NoCache = parse.GetValue(noCache),
                }, output);
                output.Print(result.Warnings);
                foreach (var line in result.Log) output.Detail("  " + line);
                output.Line($"built {CliOutput.Count(result.Pages, "page")} ({CliOutput.Count(result.Files, "file")}), "
                    + $"{CliOutput.Count(result.Warnings.Count, "warning")} in {CliOutput.Duration(result.Elapsed)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
