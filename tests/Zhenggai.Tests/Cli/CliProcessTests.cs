using System.Text.RegularExpressions;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Cli;

/// <summary>The built zhenggai as its own process: the exit codes the shell sees, and plain output when redirected.</summary>
public sealed class CliProcessTests
{
    [Fact]
    public void Help_exits_0_and_a_usage_error_exits_2()
    {
        var help = CliRun.AsProcess(null, "build", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("Examples:", help.Out);

        var usage = CliRun.AsProcess(null, "build", "--no-such-option");
        Assert.Equal(2, usage.Code);
        Assert.Contains("--no-such-option", usage.Error);
    }

    [Fact]
    public void A_build_in_ci_logs_plain_lines_and_a_summary_and_a_broken_site_exits_1()
    {
        using var site = TestSite.CopyOfRepo();
        var run = CliRun.AsProcess(new Dictionary<string, string> { ["CI"] = "true" }, "build", "--root", site.Root);
        Assert.Equal(0, run.Code);
        Assert.DoesNotContain("\u001b[", run.Out);
        Assert.Contains("rendering pages …", run.Out);
        Assert.Matches(@"(?m)^built \d+ pages \(\d+ files\), \d+ warnings? in \d+(\.\d)? m?s\r?$", run.Out);

        site.Write("statiq.json", "{ \"NoSuchSetting\": 1 }");
        var broken = CliRun.AsProcess(null, "check", "--root", site.Root);
        Assert.Equal(1, broken.Code);
        Assert.Matches(new Regex(@"statiq\.json\(\d+,\d+\): error ZG\d{4}: "), broken.Error);
    }
}
