namespace Zhenggai.Tests.Browser;

/// <summary>
/// The checkout the tests run from, found by walking up from the test assembly to the folder
/// holding Zhenggai.slnx, so tests work from any working directory and any build output path.
/// </summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "Zhenggai.slnx";

    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) =>
        System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}; run the tests from inside the repository.");
    }
}
