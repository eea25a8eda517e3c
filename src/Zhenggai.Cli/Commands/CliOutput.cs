using System.Globalization;
using Spectre.Console;
using Zhenggai.Diagnostics;

namespace Zhenggai.Cli.Commands;

/// <summary>
/// Where a command prints. Results and progress go to <see cref="Out"/>, problems to
/// <see cref="Error"/>. <see cref="Terminal"/> is set only when a person watches the output
/// (standard output is a terminal and CI is not set): then a build draws a progress bar;
/// otherwise it writes plain lines that read well in a log file.
/// </summary>
internal sealed class CliOutput(TextWriter @out, TextWriter error, IAnsiConsole? terminal)
{
    public TextWriter Out { get; } = @out;
    public TextWriter Error { get; } = error;
    public IAnsiConsole? Terminal { get; } = terminal;
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    public static CliOutput FromConsole()
    {
        var interactive = !Console.IsOutputRedirected && !IsCi(Environment.GetEnvironmentVariable("CI"));
        return new CliOutput(Console.Out, Console.Error, interactive ? AnsiConsole.Console : null);
    }

    /// <summary>CI=true (or 1, or any value but false/0), as CI services set it.</summary>
    public static bool IsCi(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    /// <summary>A progress or summary line; not printed with --quiet.</summary>
    public void Line(string text)
    {
        if (Verbosity != Verbosity.Quiet) Out.WriteLine(text);
    }

    /// <summary>A detail for --verbose only.</summary>
    public void Detail(string text)
    {
        if (Verbosity == Verbosity.Verbose) Out.WriteLine(text);
    }

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Error.WriteLine(d.ToString());
    }

    /// <summary>「850 ms」 or 「12.3 s」.</summary>
    public static string Duration(TimeSpan elapsed) => elapsed.TotalMilliseconds < 1000
        ? elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
        : elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
