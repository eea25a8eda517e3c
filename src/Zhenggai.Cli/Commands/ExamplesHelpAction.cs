using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Zhenggai.Cli.Commands;

/// <summary>
/// The standard help, followed by examples for the command and the exit codes, which
/// System.CommandLine's help has no section for.
/// </summary>
internal sealed class ExamplesHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = new();

    public override bool ClearsParseErrors => true;

    /// <summary>Gives <paramref name="command"/> examples for its help, each a command line and what it does.</summary>
    public static void Set(Command command, params string[] examples) => Examples.AddOrUpdate(command, examples);

    /// <summary>Replaces the help action of the root's --help with this one.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
            if (option is HelpOption { Action: HelpAction standard }) option.Action = new ExamplesHelpAction(standard);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
        {
            output.WriteLine("Examples:");
            foreach (var example in examples) output.WriteLine("  " + example);
            output.WriteLine();
        }
        output.WriteLine(ExitCodes.Help);
        return code;
    }
}
