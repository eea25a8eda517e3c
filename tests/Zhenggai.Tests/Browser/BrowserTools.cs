namespace Zhenggai.Tests.Browser;

/// <summary>
/// Where the browser tests find the programs they drive, and one message telling a developer
/// how to get them: a missing tool fails the test loudly instead of skipping it, because a
/// skipped accessibility check looks exactly like a passing one in a summary line.
/// </summary>
public static class BrowserTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string NodeModules => RepositoryRoot.Combine("tests", "browser", "node_modules");

    public static string AxeScript => System.IO.Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => System.IO.Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public const string SetupHint =
        "Run `bash .ci/run` once from the repository root (it installs everything), " +
        "or by hand: `apt-get install chromium fonts-noto-cjk` and `npm ci --prefix tests/browser`.";

    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}. {SetupHint}");
        }
    }

    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{what} is missing ({path}). {SetupHint}");
        }
    }
}
