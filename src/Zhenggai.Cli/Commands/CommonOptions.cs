using System.CommandLine;

namespace Zhenggai.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Root() => new("--root")
    {
        Description = "The site folder (holding statiq.json, input/, theme/). Default: the current folder.",
        DefaultValueFactory = _ => ".",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors and warnings." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print timings per phase." };
}
