namespace Zhenggai.Tests.Cli;

/// <summary>
/// A test of the tool as it is released: a native program made by <c>dotnet publish -p:PublishAot=true</c>,
/// named by the environment variable ZHENGGAI_PUBLISHED_TOOL. Publishing takes minutes, so a plain
/// <c>dotnet test</c> skips these tests; <c>bash .ci/run</c> publishes the tool and runs them. Named but
/// missing, the tool fails the test instead of skipping it.
/// </summary>
public sealed class PublishedToolFactAttribute : FactAttribute
{
    public const string Variable = "ZHENGGAI_PUBLISHED_TOOL";

    public PublishedToolFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"set {Variable} to a published zhenggai (bash .ci/run publishes one with Native AOT)";
    }

    public static string Tool
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable)!;
            Assert.True(File.Exists(path), $"{Variable} names {path}, which does not exist");
            return path;
        }
    }
}
