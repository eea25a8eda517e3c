namespace Zhenggai.Tests.Browser;

public sealed class BrowserToolsTests
{
    [Fact]
    public void Missing_tool_fails_with_the_setup_command_instead_of_skipping()
    {
        var missing = Path.Combine(Path.GetTempPath(), "zhenggai-no-such-tool", "axe.min.js");

        var error = Assert.Throws<InvalidOperationException>(() => BrowserTools.RequireFile(missing, "axe-core"));

        Assert.Contains(missing, error.Message);
        Assert.Contains("bash .ci/run", error.Message);
        Assert.Contains("npm ci --prefix tests/browser", error.Message);
    }

    [Fact]
    public void Tools_are_found_from_the_repository_root()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "Zhenggai.slnx")));
        Assert.True(File.Exists(BrowserTools.AxeScript), BrowserTools.SetupHint);
        Assert.True(File.Exists(BrowserTools.VnuJar), BrowserTools.SetupHint);
    }
}
