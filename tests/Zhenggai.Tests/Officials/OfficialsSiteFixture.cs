namespace Zhenggai.Tests.Officials;

/// <summary>The seed site with a Host, under a sub-path, with 序号十三 also answering at the old address findings/12/.</summary>
public sealed class OfficialsSiteFixture : IDisposable
{
    public const string SubPath = "/zhenggai/";

    public OfficialsSiteFixture()
    {
        var records = SeedFindings.Records.Select(r => r.Number == 13 ? r with { RedirectFrom = ["findings/12/"] } : r);
        Site = new TestSite(records, TestSite.WithHost("127.0.0.1", SubPath));
        Site.Build();
    }

    internal TestSite Site { get; }

    public string Output => Site.Output;

    public void Dispose() => Site.Dispose();
}
