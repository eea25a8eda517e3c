namespace Zhenggai.Tests.Data;

/// <summary>One default build (no Host) shared by a test class.</summary>
public sealed class PlainSiteFixture : IDisposable
{
    public DataFixtureSite Site { get; } = new();
    public void Dispose() => Site.Dispose();
}
