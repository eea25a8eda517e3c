namespace Zhenggai.Tests.Data;

/// <summary>One build with Host, sub-path, licence and government metadata set, shared by a test class.</summary>
public sealed class HostedSiteFixture : IDisposable
{
    public DataFixtureSite Site { get; } = new(DataFixtureSite.WithHost);
    public void Dispose() => Site.Dispose();
}
