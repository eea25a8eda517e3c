using System.CommandLine;

namespace Zhenggai.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Root() => new("--root")
    {
        Description = "The site folder (holding statiq.json, seeds/, input/, theme/). Default: the current folder.",
        DefaultValueFactory = _ => ".",
        HelpName = "folder",
    };

    /// <summary>Adds --quiet and --verbose to <paramref name="command"/>; asking for both is a usage error.</summary>
    public static Func<ParseResult, Verbosity> AddVerbosity(Command command)
    {
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings: no progress, no summary line." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print more: timings per phase and what happened to each file." };
        command.Options.Add(quiet);
        command.Options.Add(verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(quiet) && result.GetValue(verbose))
                result.AddError("--quiet and --verbose cannot be used together.");
        });
        return parse => parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
    }
}
