using Zhenggai.Tests.Reliability.Cli;

namespace Zhenggai.Tests.Reliability;

/// <summary>
/// A few corpus cases run as real processes of the command line, so the exit codes the
/// README documents are those of the program a user runs, not only of its entry point.
/// </summary>
public sealed class ProcessExitCodeTests(BadInputSiteFixture fixture) : IClassFixture<BadInputSiteFixture>
{
    [Theory]
    [InlineData("front-matter-unclosed-quote")]
    [InlineData("check-settings-invalid-json")]
    [InlineData("seed-undecodable")]
    [InlineData("seed-gb18030")]
    public void A_corpus_case_as_a_process_exits_with_its_code_and_prints_its_diagnostic(string name)
    {
        var c = BadInputCase.Load(name);
        using var site = c.PrepareSite(fixture.GoodOutput);
        var run = ZhenggaiCli.Run([.. c.Command, "--root", site.Root]);
        Assert.True(run.Code == c.Exit, run.ToString());
        if (c.Exit != 0)
            Assert.Contains($"{c.One("file")}({c.One("line")},", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_command_line_exits_with_2()
    {
        var run = ZhenggaiCli.Run(["build", "--no-such-option"]);
        Assert.True(run.Code == 2, run.ToString());
    }
}
