using System.Diagnostics;
using Zhenggai.Tests.Cli;

namespace Zhenggai.Tests.Reliability.Cli;

/// <summary>
/// Runs the real command line as a child process of <c>dotnet Zhenggai.Cli.dll</c>, for what
/// only a process shows: its exit code, a SIGKILL, another time zone, locale or runtime
/// configuration. In-process runs use <see cref="CliRun.InProcess"/>.
/// </summary>
internal static class ZhenggaiCli
{
    /// <summary>The built command-line program, copied next to the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Zhenggai.Cli.dll");

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
