using System.Diagnostics;
using System.Reflection;

namespace Zhenggai.Tests.Reliability.Cli;

/// <summary>
/// Runs the real command line: in-process through the program's own entry point (the same
/// argument parsing, commands, printing and exit codes as <c>zhenggai</c>), or as a child
/// process of <c>dotnet Zhenggai.Cli.dll</c> when the exit code of a real process, a kill or
/// a different environment matters.
/// </summary>
public static class ZhenggaiCli
{
    private static readonly Lock ConsoleLock = new();

    /// <summary>The built command-line program, copied next to the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Zhenggai.Cli.dll");

    /// <summary>
    /// Calls the program's entry point with <paramref name="args"/>, capturing standard output and
    /// error. The console is process-wide, so callers run in a collection that is not parallelised.
    /// </summary>
    public static CliRun InProcess(params string[] args)
    {
        var entry = Assembly.LoadFrom(Dll).EntryPoint ?? throw new InvalidOperationException("Zhenggai.Cli has no entry point");
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exit = (int)entry.Invoke(null, [args])!;
                return new CliRun(exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }

    /// <summary>Starts <c>dotnet Zhenggai.Cli.dll args…</c> with output redirected; the caller waits or kills it.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? runtimeConfig = null)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runtimeConfig is not null)
        {
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add("--runtimeconfig");
            info.ArgumentList.Add(runtimeConfig);
        }
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start " + DotnetHost);
    }

    /// <summary>Runs the program as a child process to its end.</summary>
    public static CliRun Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? runtimeConfig = null, TimeSpan? timeout = null)
    {
        using var process = Start(args, environment, runtimeConfig);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("zhenggai " + string.Join(' ', args) + " did not finish");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under `dotnet test`), else `dotnet` on the PATH.</summary>
    public static string DotnetHost
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
            var current = Environment.ProcessPath;
            if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
            return "dotnet";
        }
    }
}
