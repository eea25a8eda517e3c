using System.CommandLine;
using System.CommandLine.Invocation;

namespace Zhenggai.Cli.Commands;

/// <summary>
/// The command line as one call, so tests can run it in-process with their own writers. The
/// command line stays thin: parse arguments, call the library, print, set the exit code.
/// </summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliOutput output)
    {
        var root = new RootCommand(
            "zhenggai — 整改情况公开网站生成器: builds a static website from the source documents of a rectification report "
            + "(生态环境保护督察反馈问题整改情况), one page per finding, official text verbatim.")
        {
            ImportCommand.Create(output),
            BuildCommand.Create(output),
            CheckCommand.Create(output),
            PreviewCommand.Create(output),
        };
        ExamplesHelpAction.Set(root,
            "zhenggai import seeds/report.docx   read the report's table into input/findings/",
            "zhenggai check                      list every problem in settings, records and theme",
            "zhenggai build                      build the site into output/",
            "zhenggai preview                    serve the site on http://127.0.0.1:5080/ and rebuild on every change",
            "zhenggai build --help               options of one command");
        ExamplesHelpAction.Install(root);
        return root;
    }

    /// <returns>The exit code (<see cref="ExitCodes"/>): a command line that does not parse gives 2.</returns>
    public static int Run(string[] args, CliOutput output)
    {
        var parse = CreateRoot(output).Parse(args);
        var config = new InvocationConfiguration { Output = output.Out, Error = output.Error };
        if (parse.Action is not ParseErrorAction error) return parse.Invoke(config);
        // The error and a pointer to the help, on standard error; the whole help would bury the error.
        error.ShowHelp = false;
        parse.Invoke(config);
        var command = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
        output.Error.WriteLine($"Run 'zhenggai {command}--help' to see the commands, options and examples.");
        return ExitCodes.Usage;
    }
}
