using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Reliability;

/// <summary>Builds the corpus's good base site once; every case starts from a copy of it and of its output.</summary>
public sealed class BadInputSiteFixture : IDisposable
{
    private readonly TestSite _site;

    public BadInputSiteFixture()
    {
        _site = TestSite.Empty();
        TestSite.CopyFolder(BadInputCase.BaseSite, _site.Root);
        _site.Build();
    }

    /// <summary>The output of a good build of the base site.</summary>
    public string GoodOutput => _site.Output;

    public void Dispose() => _site.Dispose();
}
