using System.CommandLine;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai build</c>: builds the site into output/ and publishes it only if every check passed.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output", "-o") { Description = "Output folder. Default: <root>/output." };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch; do not read or write the build cache (.zhenggai-cache/)." };
        var command = new Command("build", "Build the site from input/ and theme/ into output/.") { root, output, quiet, verbose, noCache };
        command.SetAction(parse => DiagnosticPrinter.Run(() =>
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                SiteRoot = parse.GetValue(root)!,
                OutputFolder = parse.GetValue(output),
                NoCache = parse.GetValue(noCache),
            });
            DiagnosticPrinter.Print(result.Warnings);
            if (parse.GetValue(verbose))
                foreach (var line in result.Log) Console.WriteLine("  " + line);
            if (!parse.GetValue(quiet))
                Console.WriteLine($"built {result.Pages} pages ({result.Files} files), {result.Warnings.Count} warning(s), in {result.Elapsed.TotalMilliseconds:0} ms");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
