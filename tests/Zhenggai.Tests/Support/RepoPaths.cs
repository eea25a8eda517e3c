namespace Zhenggai.Tests.Support;

/// <summary>Finds the repository root (the folder with Zhenggai.slnx) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Zhenggai.slnx) not found above " + AppContext.BaseDirectory);
    }
}
