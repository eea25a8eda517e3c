using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Zhenggai.Records;

namespace Zhenggai.Tests.Support;

/// <summary>Builds the repository's own site once (in a temp copy) for the end-to-end tests that only read it.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    public SeedSiteFixture()
    {
        Site = TestSite.CopyOfRepo();
        Result = Site.Build();
        Records = Site.Records();
    }

    public TestSite Site { get; }
    public BuildResult Result { get; }
    public IReadOnlyList<FindingRecord> Records { get; }

    public IHtmlDocument Page(string relative) => new HtmlParser().ParseDocument(Site.ReadOutput(relative));

    public IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();
}
