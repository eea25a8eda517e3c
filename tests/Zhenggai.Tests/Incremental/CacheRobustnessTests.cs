using System.Security.Cryptography;
using Zhenggai.Incremental;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Incremental;

/// <summary>A cache that cannot be trusted, or output changed behind its back, never yields output that differs from a full build.</summary>
public sealed class CacheRobustnessTests
{
    private static void EditSomething(IncrementalSite site) =>
        site.Edit(site.Record(2) with { Title = "缓存之后改的标题" });

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_damaged_cache_file_is_ignored(string damage)
    {
        using var site = IncrementalSite.Small();
        site.Build();
        var bytes = File.ReadAllBytes(site.CacheFile);
        switch (damage)
        {
            case "flip": bytes[bytes.Length / 2] ^= 0x5A; break;
            case "truncate": bytes = bytes[..(bytes.Length * 2 / 3)]; break;
            case "garbage": bytes = RandomNumberGenerator.GetBytes(bytes.Length); break;
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(site.CacheFile, bytes);
        EditSomething(site);

        var result = site.Build();
        Assert.NotNull(result.Cache!.Ignored);
        Assert.Equal(0, result.Cache.PagesReused);
        site.AssertOutputEqualsFullBuild();
        Assert.Null(site.Build().Cache!.Ignored);
    }

    [Fact]
    public void A_cache_written_by_another_version_of_the_tool_is_ignored_even_with_a_valid_checksum()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        var bytes = File.ReadAllBytes(site.CacheFile);
        var salt = "ZHENGGAI-CACHE\n"u8.Length;
        Assert.True(bytes.AsSpan(salt, 32).SequenceEqual(ToolVersion.Salt));
        bytes[salt] ^= 1;
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        File.WriteAllBytes(site.CacheFile, bytes);
        EditSomething(site);

        var result = site.Build();
        Assert.Contains("another version", result.Cache!.Ignored);
        Assert.Equal(0, result.Cache.PagesReused);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void A_cache_from_another_site_is_of_no_use_and_does_no_harm()
    {
        using var other = IncrementalSite.Small();
        other.Edit(other.Record(1) with { Title = "别的网站" });
        other.Build();
        using var site = IncrementalSite.Small();
        Directory.CreateDirectory(Path.GetDirectoryName(site.CacheFile)!);
        File.Copy(other.CacheFile, site.CacheFile);

        var result = site.Build();
        Assert.Equal(0, result.Cache!.PagesReused);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Output_files_changed_deleted_or_added_by_hand_are_put_right_by_the_next_build()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        var edited = Path.Combine(site.Output, "findings/1/index.html");
        File.AppendAllText(edited, "<!-- edited on the server -->");
        var sameLength = Path.Combine(site.Output, "findings/5/index.html");
        var text = File.ReadAllText(sameLength);
        File.WriteAllText(sameLength, text.Replace("第5项问题", "第9项问题", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Output, "findings/2/index.html"));
        File.Delete(Path.Combine(site.Output, "data/findings.csv"));
        File.WriteAllText(Path.Combine(site.Output, "stray.html"), "<p>not part of the site</p>");
        Directory.CreateDirectory(Path.Combine(site.Output, "stray/folder"));
        File.WriteAllText(Path.Combine(site.Output, "stray/folder/file.txt"), "x");

        var result = site.Build();
        Assert.Equal(["findings/1/index.html", "findings/2/index.html", "findings/5/index.html"], result.Cache!.Rendered);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void A_cache_whose_output_folder_was_deleted_rebuilds_everything()
    {
        using var site = IncrementalSite.Small();
        var first = site.Build();
        Directory.Delete(site.Output, recursive: true);

        var result = site.Build();
        Assert.Equal(first.Pages, result.Cache!.PagesRendered);
        Assert.False(result.Cache.Delta);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void A_failed_build_leaves_output_and_cache_as_they_were()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        var output = TestSite.Snapshot(site.Output);
        var cache = File.ReadAllBytes(site.CacheFile);
        site.Site.Write("input/findings/002.md", site.Site.ReadText("input/findings/002.md").Replace("status: ", "status: 没有这种状态", StringComparison.Ordinal));

        Assert.Throws<Zhenggai.Diagnostics.DiagnosticException>(() => site.Build());
        Assert.Equal(output.Keys, TestSite.Snapshot(site.Output).Keys);
        Assert.Equal(cache, File.ReadAllBytes(site.CacheFile));
        Assert.False(Directory.Exists(site.Site.PathOf(".output-staging")));
    }
}
