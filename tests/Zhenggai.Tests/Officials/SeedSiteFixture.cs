using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Zhenggai.Tests.Officials;

/// <summary>
/// The whole seed site built twice, once with a Host under a sub-path and once without one,
/// shared by the read-only tests of this folder.
/// </summary>
public sealed class SeedSiteFixture : IDisposable
{
    public const string Host = "zhenggai.example.gov.cn";
    public const string LinkRoot = "/zhenggai/";
    public const string AbsoluteRoot = "https://" + Host + LinkRoot;

    public SeedSiteFixture()
    {
        WithHost = new TestSite(SeedFindings.Records, TestSite.WithHost(Host, LinkRoot));
        WithHostResult = WithHost.Build();
        NoHost = new TestSite(SeedFindings.Records);
        NoHostResult = NoHost.Build();
    }

    internal TestSite WithHost { get; }
    public BuildResult WithHostResult { get; }
    internal TestSite NoHost { get; }
    public BuildResult NoHostResult { get; }

    internal static IDocument Parse(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    public void Dispose()
    {
        WithHost.Dispose();
        NoHost.Dispose();
    }
}
