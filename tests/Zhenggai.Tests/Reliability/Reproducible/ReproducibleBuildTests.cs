using System.Text.Json.Nodes;
using Xunit.Abstractions;
using Zhenggai.Tests.Reliability.Cli;
using Zhenggai.Tests.Reliability.Interrupted;
using Zhenggai.Tests.Support;
using Zhenggai.Write;

namespace Zhenggai.Tests.Reliability.Reproducible;

/// <summary>
/// The same input gives the same bytes whatever the machine says: two copies of the repository's
/// site in different folders, with different file times, built by the real command line at
/// different moments under different time zones and locales, give the same manifest.sha256 and
/// the same files. One build drops the invariant-globalization switch and runs under a Thai
/// locale (Buddhist calendar, Thai digits available): culture-dependent formatting, sorting or
/// casing anywhere in the build would show as a different byte.
/// </summary>
public sealed class ReproducibleBuildTests(ITestOutputHelper output)
{
    [Fact]
    public void Builds_in_other_folders_times_time_zones_and_locales_are_byte_identical()
    {
        using var a = TestSite.CopyOfRepo();
        using var b = TestSite.CopyOfRepo();
        // Different file times: nothing may depend on when the input was written.
        foreach (var file in Directory.EnumerateFiles(b.Root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));

        Build(a, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" });
        Build(b, new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "zh_CN.UTF-8" });
        var manifest = File.ReadAllBytes(Path.Combine(a.Output, ManifestModule.ManifestPath));
        Assert.Null(OutputState.ManifestProblem(a.Output));
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(b.Output, ManifestModule.ManifestPath)));
        Assert.Equal(OutputState.Hashes(a.Output), OutputState.Hashes(b.Output));

        if (!HasIcu())
        {
            // Without ICU the runtime cannot leave invariant mode, so no other culture can be tried here.
            output.WriteLine("ICU not found: the build under a real locale was not run");
            return;
        }
        // Rebuild copy b over its own output, under a real culture instead of the invariant one.
        var cultured = CulturedRuntimeConfig(b.Root);
        AssertLocaleTakesEffect(cultured);
        Build(b, new Dictionary<string, string> { ["TZ"] = "America/St_Johns", ["LANG"] = "th_TH.UTF-8", ["LC_ALL"] = "th_TH.UTF-8" }, cultured);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(b.Output, ManifestModule.ManifestPath)));
    }

    /// <summary>
    /// Proves the runtimeconfig really leaves invariant mode: a message that formats a number
    /// (an oversized record's size) comes out with German digit grouping under de_DE.
    /// </summary>
    private static void AssertLocaleTakesEffect(string runtimeConfig)
    {
        using var probe = TestSite.Empty();
        var record = probe.PathOf("input/findings/001.md");
        Directory.CreateDirectory(Path.GetDirectoryName(record)!);
        File.WriteAllBytes(record, new byte[1_100_000]);
        var run = ZhenggaiCli.Run(["build", "--root", probe.Root], new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" }, runtimeConfig);
        Assert.True(run.Error.Contains("1.100.000", StringComparison.Ordinal), "the locale did not take effect:\n" + run);
    }

    private void Build(TestSite site, IReadOnlyDictionary<string, string> environment, string? runtimeConfig = null)
    {
        var run = ZhenggaiCli.Run(["build", "--root", site.Root, "--quiet"], environment, runtimeConfig);
        output.WriteLine($"{string.Join(" ", environment.Select(kv => kv.Key + "=" + kv.Value))}: exit {run.Code}");
        Assert.True(run.Code == 0, run.ToString());
    }

    /// <summary>The program's runtimeconfig with invariant globalization off, written beside the site.</summary>
    private static string CulturedRuntimeConfig(string folder)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(ZhenggaiCli.Dll, ".runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"]!.AsObject();
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        var path = Path.Combine(folder, "cultured.runtimeconfig.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static bool HasIcu() =>
        new[] { "/usr/lib", "/usr/lib64", "/lib", "/usr/local/lib" }.Where(Directory.Exists)
            .Any(dir => Directory.EnumerateFiles(dir, "libicuuc.so*", SearchOption.AllDirectories).Any());
}
