namespace Zhenggai.Tests.Officials;

public class DeterminismTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public DeterminismTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void TheSameInputGivesTheSameBytesIncludingQrCodesUnitsTimelineAndLedger()
    {
        using var again = new TestSite(SeedFindings.Records.Reverse(), TestSite.WithHost(SeedSiteFixture.Host, SeedSiteFixture.LinkRoot));
        again.Build();
        var expected = _site.WithHost.Snapshot();
        var actual = again.Snapshot();
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), path);
        Assert.Equal(File.ReadAllBytes(_site.WithHost.LedgerPath), File.ReadAllBytes(again.LedgerPath));
        Assert.Contains(expected.Keys, k => k.EndsWith("qr.svg", StringComparison.Ordinal));
    }
}
