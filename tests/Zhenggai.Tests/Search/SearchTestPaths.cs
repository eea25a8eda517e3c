namespace Zhenggai.Tests.Search;

internal static class SearchTestPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds Zhenggai.slnx.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find Zhenggai.slnx above " + AppContext.BaseDirectory);
        }
    }

    public static string Harness => Path.Combine(RepoRoot, "tests", "Zhenggai.Tests", "Search", "node-harness.js");
}
