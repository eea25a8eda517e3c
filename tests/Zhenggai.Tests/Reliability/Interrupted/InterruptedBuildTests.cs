using System.Diagnostics;
using Xunit.Abstractions;
using Zhenggai.Tests.Reliability.Cli;
using Zhenggai.Tests.Support;
using Zhenggai.Write;

namespace Zhenggai.Tests.Reliability.Interrupted;

/// <summary>
/// Builds killed with SIGKILL at different points — as soon as the staging folder exists, while
/// files are being written, while the checks run, and at a random moment — leave the previous
/// output/ byte for byte as it was with a manifest that verifies; the next build succeeds and
/// publishes the new site. A kill between the two renames of a publish is repaired by the next build.
/// </summary>
public sealed class InterruptedBuildTests(ITestOutputHelper output)
{
    /// <summary>Records in the killed site: enough for a build of several seconds on two cores. ZHENGGAI_KILL_RECORDS overrides.</summary>
    private static int RecordCount => int.TryParse(Environment.GetEnvironmentVariable("ZHENGGAI_KILL_RECORDS"), out var n) ? n : 400;

    private enum KillPoint
    {
        StagingCreated,
        Writing,
        Checking,
        Random,
    }

    [Fact]
    public void A_killed_build_leaves_the_previous_output_complete_and_the_next_build_succeeds()
    {
        using var site = LargeSite.Create(RecordCount);
        var clock = Stopwatch.StartNew();
        site.Build();
        var buildTime = clock.Elapsed;
        var before = OutputState.Hashes(site.Output);
        Assert.Null(OutputState.ManifestProblem(site.Output));
        output.WriteLine($"{RecordCount} records, {before.Count} files, first build {buildTime.TotalSeconds:0.0} s");

        // New input, so a build that got further than it should would show in output/.
        var settings = site.PathOf("statiq.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"SiteTitle\": \"", "\"SiteTitle\": \"新 ", StringComparison.Ordinal));

        var publisher = new OutputPublisher(site.Output);
        var killed = 0;
        foreach (var point in Enum.GetValues<KillPoint>())
        {
            var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(200, (int)Math.Max(400, buildTime.TotalMilliseconds)));
            using var process = ZhenggaiCli.Start(["build", "--root", site.Root, "--quiet"]);
            // Drain what it prints, so a full pipe never stalls it.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var reached = WaitFor(process, point, publisher.StagingFolder, delay);
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
                killed++;
            }
            // A build may also finish between seeing the point and the kill (the check phase is short,
            // and a loaded test machine can sleep past it): a killed build never exits 0.
            var exitedOnItsOwn = !reached || process.ExitCode == 0;
            output.WriteLine($"{point}: {(exitedOnItsOwn ? $"build finished first (exit {process.ExitCode})" : "killed")}; staging left: {Directory.Exists(publisher.StagingFolder)}");
            Assert.Null(OutputState.ManifestProblem(site.Output));
            if (exitedOnItsOwn)
            {
                // Too fast to interrupt here: then it published a whole new site, never a part of one.
                Assert.Equal(0, process.ExitCode);
                return;
            }
            var after = OutputState.Hashes(site.Output);
            Assert.Equal(before.Keys, after.Keys);
            Assert.All(before, kv => Assert.True(after[kv.Key] == kv.Value, $"{point}: {kv.Key} changed"));
        }
        Assert.True(killed >= 3, $"only {killed} builds were interrupted; raise ZHENGGAI_KILL_RECORDS");

        var run = ZhenggaiCli.Run(["build", "--root", site.Root, "--quiet"]);
        Assert.True(run.Code == 0, run.ToString());
        Assert.Null(OutputState.ManifestProblem(site.Output));
        Assert.Contains("新 ", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
        Assert.Equal(before.Count, OutputState.Hashes(site.Output).Count);
        Assert.False(Directory.Exists(publisher.StagingFolder));
        Assert.False(Directory.Exists(publisher.PreviousFolder));
    }

    /// <summary>Waits until the build reaches <paramref name="point"/>; false when it exited first.</summary>
    private static bool WaitFor(Process process, KillPoint point, string staging, TimeSpan delay)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            var reached = point switch
            {
                KillPoint.StagingCreated => Directory.Exists(staging),
                // The write phase makes the folders first, then the files.
                KillPoint.Writing => Directory.Exists(Path.Combine(staging, "findings")),
                // The manifest is the last file written; the checks run after it.
                KillPoint.Checking => File.Exists(Path.Combine(staging, ManifestModule.ManifestPath)),
                _ => clock.Elapsed >= delay,
            };
            if (reached) return true;
            Thread.Sleep(2);
        }
        return false;
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_is_repaired_by_the_next_build()
    {
        using var site = SmallSite();
        site.Build();
        var before = OutputState.Hashes(site.Output);
        var publisher = new OutputPublisher(site.Output);

        // Killed after output/ moved aside and before the staging folder moved in.
        Directory.Move(site.Output, publisher.PreviousFolder);
        TestSite.CopyFolder(publisher.PreviousFolder, publisher.StagingFolder);
        File.Delete(Path.Combine(publisher.StagingFolder, "index.html"));
        Assert.False(Directory.Exists(site.Output));

        // `check` reads nothing of output/ and must not stumble over the half-published state.
        Assert.DoesNotContain(SiteChecker.Check(site.Root), d => d.IsError);
        site.Build();
        Assert.Equal(before, OutputState.Hashes(site.Output));
        Assert.False(Directory.Exists(publisher.StagingFolder));
        Assert.False(Directory.Exists(publisher.PreviousFolder));
    }

    [Fact]
    public void A_build_killed_before_removing_the_previous_output_is_cleaned_up_by_the_next()
    {
        using var site = SmallSite();
        site.Build();
        var before = OutputState.Hashes(site.Output);
        var publisher = new OutputPublisher(site.Output);
        TestSite.CopyFolder(site.Output, publisher.PreviousFolder);
        File.WriteAllText(Path.Combine(publisher.PreviousFolder, "index.html"), "旧的");

        site.Build();
        Assert.Equal(before, OutputState.Hashes(site.Output));
        Assert.False(Directory.Exists(publisher.PreviousFolder));
    }

    [Fact]
    public void A_first_build_killed_before_publishing_leaves_no_output_and_the_next_build_succeeds()
    {
        using var site = SmallSite();
        var publisher = new OutputPublisher(site.Output);
        Directory.CreateDirectory(Path.Combine(publisher.StagingFolder, "findings", "1"));
        File.WriteAllText(Path.Combine(publisher.StagingFolder, "findings", "1", "index.html"), "<p>半页");

        site.Build();
        Assert.Null(OutputState.ManifestProblem(site.Output));
        Assert.DoesNotContain("半页", File.ReadAllText(Path.Combine(site.Output, "findings", "1", "index.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(publisher.StagingFolder));
    }

    private static TestSite SmallSite()
    {
        var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        site.WriteRecord(SampleRecords.Make(1));
        site.WriteRecord(SampleRecords.Make(2, themes: "air"));
        return site;
    }
}
