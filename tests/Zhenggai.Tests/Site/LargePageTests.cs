using System.Security.Cryptography;
using Zhenggai.Diagnostics;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Site;

/// <summary>
/// Pages over 85,000 bytes go to the writer in pooled arrays instead of exact copies
/// (RenderLayoutsModule): they must still be written whole, listed in the manifest with their
/// hash, and read by the link check. Only builds without the build cache take that path (the cache
/// keeps each page's bytes); the page must come out the same either way.
/// </summary>
public sealed class LargePageTests
{
    private const int Findings = 400;

    private static Officials.TestSite LongListSite() =>
        new(Enumerable.Range(1, Findings).Select(n => SampleRecords.Make(n)), j => j["ListPageSize"] = 0);

    [Fact]
    public void A_list_page_over_85_KB_is_written_whole_and_hashed_in_the_manifest()
    {
        using var site = LongListSite();
        site.Build();
        var cached = File.ReadAllBytes(Path.Combine(site.Output, "findings/index.html"));
        BuildWithoutCache(site);
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "findings/index.html"));
        Assert.Equal(cached, bytes);
        Assert.True(bytes.Length > 85_000, $"the list is {bytes.Length} bytes: too small to take the large-page path");
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("</html>\n", html);
        for (var n = 1; n <= Findings; n++) Assert.Contains($"第{n}项问题", html);
        var manifest = Sha256ManifestLines(site);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), manifest["findings/index.html"]);
    }

    [Fact]
    public void A_broken_link_on_a_large_page_fails_the_build()
    {
        using var site = LongListSite();
        var layouts = Path.Combine(site.Root, "theme", "layouts");
        Directory.CreateDirectory(layouts);
        var list = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/layouts/list.sbn"));
        File.WriteAllText(Path.Combine(layouts, "list.sbn"), list + "<a href=\"{{ url(\"findings/99999/\") }}\">gone</a>");
        var ex = Assert.Throws<DiagnosticException>(() => BuildWithoutCache(site));
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0601" && d.File == "output/findings/index.html" && d.Message.Contains("99999"));
    }

    private static void BuildWithoutCache(Officials.TestSite site) =>
        SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, NoCache = true });

    private static Dictionary<string, string> Sha256ManifestLines(Officials.TestSite site) =>
        Zhenggai.Write.Sha256Manifest.Parse(File.ReadAllText(Path.Combine(site.Output, "manifest.sha256")));
}
