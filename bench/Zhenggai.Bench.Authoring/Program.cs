using System.Diagnostics;
using System.Globalization;
using Zhenggai;
using Zhenggai.Bench.Authoring;
using Zhenggai.Records;

// The authoring benchmark (bench/AUTHORING.md): at N findings, how long a build takes with no
// change, and how long `zhenggai preview` takes from saving one record to serving its rebuilt page.
//   dotnet run -c Release --project bench/Zhenggai.Bench.Authoring -- [--count 10000] [--edits 10] [--cli path/to/Zhenggai.Cli.dll] [--preview-only]
var options = BenchOptions.Parse(args);
if (args.Contains("--profile"))
{
    var root = Path.Combine(Path.GetFullPath(options.Repo), "bench", "work", $"authoring-{options.Count}");
    var cache = Zhenggai.Incremental.BuildCache.Open(root);
    cache.TrackInputChanges();
    cache.TrustOwnOutput();
    var shapes0 = SyntheticSite.Shapes(Path.GetFullPath(options.Repo));
    var sentences0 = SyntheticSite.Sentences(Path.Combine(Path.GetFullPath(options.Repo), "seeds"));
    for (var i = 0; i < 4; i++)
    {
        var n = 1000 + i * 37;
        if (i > 0)
        {
            var rec = SyntheticSite.Make(n, shapes0[n % shapes0.Count], sentences0) with { Result = "（一）剖析改动" + i + "，" + DateTime.Now.Ticks + "。" };
            var file = Path.Combine(root, RecordStore.FindingsFolder, RecordFile.FileName(n));
            File.WriteAllText(file, RecordFile.Write(rec));
            cache.InputChanged(file);
        }
        var cpu0 = Environment.CpuUsage.TotalTime;
        var gc0 = GC.GetTotalPauseDuration();
        var alloc0 = GC.GetTotalAllocatedBytes();
        var w = Stopwatch.StartNew();
        var r = SiteBuilder.Build(new BuildOptions { SiteRoot = root, Cache = cache });
        Console.WriteLine($"profile build {i}: {w.ElapsedMilliseconds} ms wall, {(Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds:0} ms cpu, gc pauses {(GC.GetTotalPauseDuration() - gc0).TotalMilliseconds:0} ms, allocated {(GC.GetTotalAllocatedBytes() - alloc0) >> 20} MB, heap {GC.GetTotalMemory(false) >> 20} MB, load {Load()}");
        foreach (var l in r.Log) Console.WriteLine("    " + l);
    }
    return;
}
var repo = Path.GetFullPath(options.Repo);
var site = Path.Combine(repo, "bench", "work", $"authoring-{options.Count}");
var clock = Stopwatch.StartNew();
SyntheticSite.Write(repo, site, options.Count);
Console.WriteLine($"site: {options.Count} findings generated in {clock.ElapsedMilliseconds} ms at {site}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {Load()}");

// --preview-only: only the preview's save-to-page times (its own first build still runs).
if (args.Contains("--preview-only") && options.Cli is not null)
{
    await PreviewLatency.Measure(Path.GetFullPath(options.Cli), site, options, SyntheticSite.Sentences(Path.Combine(repo, "seeds")), SyntheticSite.Shapes(repo));
    return;
}
Run("full build, no cache", () => SiteBuilder.Build(new BuildOptions { SiteRoot = site, NoCache = true }));
Run("first build with the cache (fills it)", () => SiteBuilder.Build(new BuildOptions { SiteRoot = site }));
for (var i = 1; i <= 3; i++)
    Run($"no-change build {i}", () => SiteBuilder.Build(new BuildOptions { SiteRoot = site }));
var shapes = SyntheticSite.Shapes(repo);
var sentences = SyntheticSite.Sentences(Path.Combine(repo, "seeds"));
var target = options.Count / 2;
var edited = SyntheticSite.Make(target, shapes[target % shapes.Count], sentences) with { Result = "（一）基准测试改动的完成情况。" };
File.WriteAllText(Path.Combine(site, RecordStore.FindingsFolder, RecordFile.FileName(target)), RecordFile.Write(edited));
Run($"build after editing one record (findings/{target}/)", () => SiteBuilder.Build(new BuildOptions { SiteRoot = site }));

if (options.Cli is not null)
{
    var cli = Path.GetFullPath(options.Cli);
    var process = Stopwatch.StartNew();
    RunCli(cli, $"build --root \"{site}\"");
    Console.WriteLine($"`zhenggai build` process, no change: {process.ElapsedMilliseconds} ms wall (including start-up)");
    await PreviewLatency.Measure(cli, site, options, sentences, shapes);
}

static void Run(string name, Func<BuildResult> build)
{
    var cpu = Environment.CpuUsage.TotalTime;
    var clock = Stopwatch.StartNew();
    var result = build();
    Console.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms wall, {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:0} ms cpu; "
        + $"{result.Pages} pages, {result.Files} files; {result.Cache?.ToString() ?? "no cache"}");
    Console.WriteLine("    " + string.Join("; ", result.Log.Where(l => l.Contains(" ms", StringComparison.Ordinal))));
}

static void RunCli(string cli, string arguments)
{
    using var p = Process.Start(new ProcessStartInfo("dotnet", $"\"{cli}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
    var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
    p.WaitForExit();
    Console.WriteLine("    " + output.Trim().Replace("\n", "\n    "));
}

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

/// <summary>Command line of the benchmark.</summary>
internal sealed record BenchOptions(int Count, int Edits, string? Cli, string Repo, int Port)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(Int("count", 10000), Int("edits", 10), values.GetValueOrDefault("cli"), values.GetValueOrDefault("repo") ?? ".", Int("port", 5097));
    }
}
