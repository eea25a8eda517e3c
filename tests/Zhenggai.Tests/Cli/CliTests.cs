using System.Text.RegularExpressions;
using Zhenggai.Cli.Commands;
using Zhenggai.Tests.Import.Docx;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Cli;

/// <summary>The command line in-process: help, exit codes, progress lines, the summary line, --quiet and --verbose.</summary>
public sealed partial class CliTests
{
    [GeneratedRegex(@"^built (\d+) pages \((\d+) files\), (\d+) warnings? in \d+(\.\d)? m?s$")]
    private static partial Regex BuildSummary();

    [Theory]
    [InlineData("")]
    [InlineData("import")]
    [InlineData("build")]
    [InlineData("check")]
    public void Every_command_has_help_with_examples_and_the_exit_codes(string command)
    {
        var run = CliRun.InProcess(command.Length == 0 ? ["--help"] : [command, "--help"]);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Error);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains("Examples:\n  zhenggai " + command, run.Out.ReplaceLineEndings("\n"));
        Assert.Contains("Exit codes:", run.Out);
        Assert.Contains("2  usage error", run.Out);
        if (command.Length == 0)
        {
            Assert.Contains("import", run.Out);
            Assert.Contains("check", run.Out);
            return;
        }
        Assert.Contains("--root <folder>", run.Out);
        Assert.Contains("-q, --quiet", run.Out);
        Assert.Contains("-v, --verbose", run.Out);
    }

    [Fact]
    public void Import_help_names_word_documents()
    {
        var run = CliRun.InProcess("import", "--help");
        Assert.Contains("Word (.docx)", run.Out);
        Assert.Contains("--check", run.Out);
        Assert.Contains("--report <id>", run.Out);
    }

    [Theory]
    [InlineData("build --bogus", "--bogus", "zhenggai build --help")]
    [InlineData("biuld", "biuld", "zhenggai --help")]
    [InlineData("", "Required command", "zhenggai --help")]
    [InlineData("build -q -v", "--quiet and --verbose", "zhenggai build --help")]
    [InlineData("import --report", "--report", "zhenggai import --help")]
    [InlineData("check extra", "extra", "zhenggai check --help")]
    [InlineData("preview --port 70000", "--port must be a port number", "zhenggai preview --help")]
    public void A_command_line_that_does_not_parse_exits_with_2(string line, string said, string pointer)
    {
        var run = CliRun.InProcess(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains(said, run.Error);
        Assert.Contains($"Run '{pointer}'", run.Error);
        Assert.DoesNotContain("Exit codes:", run.Out);
    }

    [Fact]
    public void A_build_prints_a_line_per_phase_and_ends_with_the_summary()
    {
        using var site = TestSite.CopyOfRepo();
        var run = CliRun.InProcess("build", "--root", site.Root);

        Assert.Equal(0, run.Code);
        Assert.True(OnlyWarnings(run.Error), run.Error);
        Assert.Equal(["reading settings, records and theme …", "preparing pages …", "rendering pages …", "writing files …", "checking links and files …"], run.OutLines[..^1]);
        var summary = BuildSummary().Match(run.OutLines[^1]);
        Assert.True(summary.Success, run.OutLines[^1]);
        var html = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length;
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Length;
        Assert.Equal((html, files), (int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[2].Value)));
        Assert.Equal(Warnings(run.Error), int.Parse(summary.Groups[3].Value));
    }

    /// <summary>Standard error holds warnings (with their hints) and nothing else.</summary>
    private static bool OnlyWarnings(string error) =>
        error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l.StartsWith("  hint: ", StringComparison.Ordinal) || l.Contains(": warning ZG", StringComparison.Ordinal));

    private static int Warnings(string error) => Regex.Matches(error, ": warning ZG").Count;

    [Fact]
    public void Quiet_prints_only_warnings_when_all_is_well_and_verbose_adds_timings()
    {
        using var site = TestSite.CopyOfRepo();
        var quiet = CliRun.InProcess("build", "--root", site.Root, "--quiet");
        Assert.Equal((0, ""), (quiet.Code, quiet.Out));
        Assert.True(OnlyWarnings(quiet.Error), quiet.Error);

        var verbose = CliRun.InProcess("build", "--root", site.Root, "-v");
        Assert.Equal(0, verbose.Code);
        Assert.Contains(verbose.OutLines, l => Regex.IsMatch(l, @"^  Render: \d+ ms( |$)"));
        Assert.Matches(BuildSummary(), verbose.OutLines[^1]);
        Assert.Equal(Warnings(quiet.Error), Warnings(verbose.Error));

        var check = CliRun.InProcess("check", "--root", site.Root, "-q");
        Assert.Equal((0, ""), (check.Code, check.Out));
        Assert.True(OnlyWarnings(check.Error), check.Error);
    }

    [Fact]
    public void Input_errors_exit_with_1_and_print_each_diagnostic_and_a_failure_line()
    {
        using var site = TestSite.CopyOfRepo();
        var record = site.ReadText("input/findings/001.md");
        site.Write("input/findings/001.md", Regex.Replace(record, "(?m)^status: .*$", "status: 不存在的状态"));

        var build = CliRun.InProcess("build", "--root", site.Root, "--quiet");
        Assert.Equal(ExitCodes.InputErrors, build.Code);
        Assert.Equal("", build.Out);
        Assert.Contains("input/findings/001.md(", build.Error);
        Assert.Contains("  hint: ", build.Error);
        Assert.Matches(@"failed: 1 error, \d+ warnings? in \d+(\.\d)? m?s; nothing was published or changed\.", build.Error);
        Assert.False(Directory.Exists(site.Output));

        var check = CliRun.InProcess("check", "--root", site.Root);
        Assert.Equal(ExitCodes.InputErrors, check.Code);
        Assert.Contains("input/findings/001.md(", check.Error);
        Assert.Matches(@"checked: 1 error, \d+ warnings? in ", check.Error);
    }

    [Fact]
    public void A_bug_exits_with_3()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = DiagnosticPrinter.Run(new CliOutput(stdout, stderr, null), () => throw new InvalidOperationException("boom"));
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("internal error (a bug in zhenggai, not in your files)", stderr.ToString());
        Assert.Contains("boom", stderr.ToString());
    }

    [Fact]
    public void A_full_disk_exits_with_4_and_names_the_file_instead_of_reporting_a_bug()
    {
        // As the writer reports it from a parallel render: its own exception around the system's, once per worker.
        const string system = "No space left on device : '/srv/site/.output-staging/findings/6676/index.json'";
        IOException Failure() => new("writing the output failed: " + system, new IOException(system, 28));
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = DiagnosticPrinter.Run(new CliOutput(stdout, stderr, null), () => throw new AggregateException(Failure(), Failure()));
        Assert.Equal(ExitCodes.FileSystem, code);
        var lines = stderr.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("error: " + system, lines[0]);
        Assert.StartsWith("  hint: free space on that disk", lines[1]);
        Assert.Matches(@"^failed in \d+(\.\d)? m?s; nothing was published or changed\.$", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Any_other_io_exception_is_still_a_bug()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = DiagnosticPrinter.Run(new CliOutput(stdout, stderr, null), () => throw new AggregateException(new FileNotFoundException("theme/missing.sbn")));
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("internal error (a bug in zhenggai, not in your files)", stderr.ToString());
    }

    [Fact]
    public void An_output_folder_under_a_file_exits_with_4_and_leaves_everything_as_it_was()
    {
        using var site = TestSite.CopyOfRepo();
        var blocker = site.PathOf("not-a-folder");
        File.WriteAllText(blocker, "a file where the output's parent folder should be");
        var before = TestSite.Snapshot(site.Root);

        var build = CliRun.InProcess("build", "--root", site.Root, "--output", Path.Combine(blocker, "output"), "--no-cache");

        Assert.Equal(ExitCodes.FileSystem, build.Code);
        Assert.StartsWith("error: ", build.Error);
        Assert.Contains("not-a-folder", build.Error);
        Assert.DoesNotContain("internal error", build.Error);
        Assert.Equal(before, TestSite.Snapshot(site.Root));
    }

    [Fact]
    public void Import_reads_a_word_document_named_on_the_command_line()
    {
        using var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        var docx = site.PathOf("seeds/report.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(docx)!);
        File.WriteAllBytes(docx, new DocxBuilder().Table(
            DocxRow.Header("序号", "问题", "整改目标", "整改措施", "完成情况"),
            DocxRow.Of("序号三", "水质超标问题。", "稳定达标。", "建设污水处理设施。", "已完成。")).ToBytes());

        var run = CliRun.InProcess("import", docx, "--root", site.Root, "--verbose");
        Assert.Equal(0, run.Code);
        Assert.Contains("  read seeds/report.docx (WordTable, docx): 1 finding", run.OutLines);
        Assert.Contains("  created   input/findings/003.md ← seeds/report.docx:2", run.OutLines);
        Assert.Matches(@"^1 findings from 1 documents: 1 created, 0 updated, 0 unchanged in \d+(\.\d)? m?s$", run.OutLines[^1]);
        Assert.Contains("水质超标问题。", site.ReadText("input/findings/003.md"));

        // Nothing named: seeds/ is read, and --check finds nothing to change.
        var again = CliRun.InProcess("import", "--root", site.Root, "--check");
        Assert.Equal(0, again.Code);
        Assert.StartsWith("1 findings from 1 documents: 0 created, 0 updated, 1 unchanged (check only, nothing written) in ", again.OutLines.Single());
    }

    [Fact]
    public void On_a_terminal_a_build_draws_progress_bars_then_prints_the_summary()
    {
        using var site = TestSite.CopyOfRepo();
        var run = CliRun.OnTerminal("build", "--root", site.Root);

        Assert.Equal(0, run.Code);
        Assert.Contains("rendering pages", run.Out);
        Assert.Contains("100%", run.Out);
        Assert.Contains("\u001b[", run.Out); // drawn with ANSI escapes, not as log lines
        Assert.DoesNotContain("rendering pages …", run.Out);
        // The bars are cleared (cursor-up and erase-line escapes) before the summary is printed.
        Assert.Matches(BuildSummary(), Regex.Replace(run.OutLines[^1], @"\x1b\[[0-9;?]*[A-Za-z]", ""));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_set_means_no_terminal(string? value, bool ci) => Assert.Equal(ci, CliOutput.IsCi(value));
}
