using System.Diagnostics;
using Spectre.Console;
using Zhenggai.Cli.Commands;

namespace Zhenggai.Tests.Cli;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int Code, string Out, string Error)
{
    /// <summary>Output lines without the trailing empty one.</summary>
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Runs the command line in this process, as in a log file (no terminal).</summary>
    public static CliRun InProcess(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, new CliOutput(stdout, stderr, terminal: null));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs it as if on a terminal: a Spectre.Console console that says it is interactive, writing into a string.</summary>
    public static CliRun OnTerminal(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        var code = CliApp.Run(args, new CliOutput(stdout, stderr, terminal));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built zhenggai (Zhenggai.Cli.dll next to the tests) as its own process, output redirected.</summary>
    public static CliRun AsProcess(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Program("dotnet", [Path.Combine(AppContext.BaseDirectory, "Zhenggai.Cli.dll"), .. args], environment);

    /// <summary>Runs a published zhenggai (a native program) as its own process, output redirected.</summary>
    public static CliRun Published(string tool, params string[] args) => Program(tool, args, null);

    private static CliRun Program(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("zhenggai " + string.Join(' ', args) + " did not finish");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
