using Zhenggai.Incremental;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Incremental;

/// <summary>
/// Builds with the cache redo only what an edit affects, and their output is byte for byte the
/// output of a full build of the same input.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_second_build_of_an_unchanged_site_renders_writes_and_checks_nothing()
    {
        using var site = IncrementalSite.Small();
        var first = site.Build();
        Assert.NotNull(first.Cache);
        Assert.Equal(first.Pages, first.Cache!.PagesRendered);
        Assert.True(File.Exists(site.CacheFile));

        var second = site.Build();
        var stats = second.Cache!;
        Assert.Equal(0, stats.PagesRendered);
        Assert.Equal(first.Pages, stats.PagesReused);
        Assert.Equal(0, stats.FilesWritten);
        Assert.Equal(0, stats.FilesDeleted);
        Assert.Equal(0, stats.LinkPagesChecked);
        Assert.True(stats.Delta);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Editing_the_text_of_one_record_renders_only_its_page()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        // The result text: not in the lists (number, title, status, themes) nor in the page's description.
        site.Edit(site.Record(3) with { Result = "（一）改过的完成情况。\n（二）已加强监管。" });

        var result = site.Build();
        Assert.Equal(["findings/3/index.html"], result.Cache!.Rendered);
        Assert.Contains("改过的完成情况", site.Site.ReadOutput("findings/3/index.html"));
        Assert.Contains("改过的完成情况", site.Site.ReadOutput("data/findings.json"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Editing_the_title_and_status_of_a_record_renders_its_page_its_neighbours_and_the_lists_that_show_it()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        site.Edit(site.Record(3) with { Title = "新的标题", Status = FindingStatus.NotCompleted });

        var rendered = site.Build().Cache!.Rendered;
        Assert.Contains("findings/3/index.html", rendered);
        Assert.Contains("findings/2/index.html", rendered); // previous/next links show the title
        Assert.Contains("findings/4/index.html", rendered);
        Assert.Contains("index.html", rendered);
        Assert.Contains("findings/index.html", rendered);
        Assert.Contains("themes/air/index.html", rendered);
        Assert.DoesNotContain("findings/1/index.html", rendered);
        Assert.DoesNotContain("findings/6/index.html", rendered);
        Assert.DoesNotContain("themes/water/index.html", rendered); // finding 3 is not about water
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Editing_a_partial_renders_the_pages_that_use_it_and_no_others()
    {
        using var site = IncrementalSite.Small();
        var first = site.Build();
        site.OverrideTheme("layouts/partials/blocks.sbn", t => t + "<!-- blocks changed -->\n");

        var rendered = site.Build().Cache!.Rendered;
        // blocks.sbn shows the parts of a finding: finding pages use it, lists do not.
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"findings/{n}/index.html").Order(StringComparer.Ordinal), rendered);
        Assert.Contains("<!-- blocks changed -->", site.Site.ReadOutput("findings/1/index.html"));
        Assert.True(first.Pages > rendered.Count);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Editing_the_base_layout_renders_every_page()
    {
        using var site = IncrementalSite.Small();
        var first = site.Build();
        site.OverrideTheme("layouts/base.sbn", t => t.Replace("</footer>", "<p>页脚改动</p>\n</footer>", StringComparison.Ordinal));

        var result = site.Build();
        Assert.Equal(first.Pages, result.Cache!.PagesRendered);
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void A_base_layout_that_puts_the_content_inside_a_line_gets_it_there()
    {
        // The render streams the content between the base layout's lines; a theme that writes
        // <main>{{ model.content }}</main> on one line must still get exactly that line.
        using var site = IncrementalSite.Small();
        site.OverrideTheme("layouts/base.sbn", t => t.Replace("tabindex=\"-1\">\n{{ model.content }}\n</main>", "tabindex=\"-1\">  {{ model.content }}  </main>", StringComparison.Ordinal));
        site.Build();
        var page = site.Site.ReadOutput("findings/1/index.html");
        Assert.Matches("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">  <[a-z]", page);
        Assert.Contains("</article>\n  </main>\n", page);
    }

    [Fact]
    public void Editing_a_stylesheet_rewrites_that_file_and_renders_no_page()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        site.OverrideTheme("assets/css/site.css", t => t + "\n/* changed */\n");

        var result = site.Build();
        Assert.Equal(0, result.Cache!.PagesRendered);
        // The stylesheet and the manifest listing its new hash; nothing else.
        Assert.Equal(2, result.Cache.FilesWritten);
        Assert.EndsWith("/* changed */\n", site.Site.ReadOutput("assets/css/site.css"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Editing_the_settings_renders_every_page()
    {
        using var site = IncrementalSite.Small();
        var first = site.Build();
        File.WriteAllText(site.Site.PathOf("statiq.json"),
            site.Site.ReadText("statiq.json").Replace("二道区生态环境保护督察整改公开", "改过的站点标题", StringComparison.Ordinal));

        var result = site.Build();
        Assert.Equal(first.Pages, result.Cache!.PagesRendered);
        Assert.Contains("改过的站点标题", site.Site.ReadOutput("index.html"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Changing_the_link_mode_in_settings_changes_every_link_as_a_full_build_does()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        File.WriteAllText(site.Site.PathOf("statiq.json"),
            site.Site.ReadText("statiq.json").Replace("\"LinkHideIndexPages\": true", "\"LinkHideIndexPages\": false", StringComparison.Ordinal));

        site.Build();
        Assert.Contains("findings/index.html", site.Site.ReadOutput("index.html"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Adding_a_record_adds_its_files_and_updates_neighbours_lists_and_data()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        site.Edit(SampleRecords.Make(7, problem: "新增的问题。", themes: "air"));

        var result = site.Build();
        Assert.Contains("findings/7/index.html", result.Cache!.Rendered);
        Assert.Contains("findings/6/index.html", result.Cache.Rendered);
        Assert.DoesNotContain("findings/1/index.html", result.Cache.Rendered);
        Assert.True(File.Exists(Path.Combine(site.Output, "findings/7/index.json")));
        Assert.Contains("新增的问题", site.Site.ReadOutput("data/findings.csv"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void Deleting_a_record_removes_its_folder_and_updates_everything_that_listed_it()
    {
        using var site = IncrementalSite.Small();
        site.Build();
        site.RetireRecord(4, successor: 5);

        var result = site.Build();
        // Its folder keeps only the redirect page the ledger requires; its data file goes.
        Assert.True(result.Cache!.FilesDeleted >= 1);
        Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(site.Output, "findings/4")).Select(Path.GetFileName));
        Assert.Contains("findings/5/", site.Site.ReadOutput("findings/4/index.html"));
        Assert.DoesNotContain("第4项问题", site.Site.ReadOutput("index.html"));
        site.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public void A_sequence_of_edits_on_the_repository_site_always_matches_a_full_build()
    {
        using var site = IncrementalSite.Repository();
        site.Build();
        var records = site.Site.Records();
        var first = records[0];
        var last = records[^1];

        site.Edit(first with { Result = first.Result + "\n补充的完成情况。" });
        site.Build();
        site.AssertOutputEqualsFullBuild();

        site.RetireRecord(last.Number, successor: first.Number);
        site.OverrideTheme("layouts/list.sbn", t => t + "<!-- list -->\n");
        site.Build();
        site.AssertOutputEqualsFullBuild();

        site.Edit(last with { Title = "恢复的记录" });
        site.Edit(site.Record(first.Number) with { RedirectFrom = [] });
        File.WriteAllText(site.Site.PathOf("statiq.json"), site.Site.ReadText("statiq.json").Replace("\"Host\": \"\"", "\"Host\": \"www.example.gov.cn\"", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
        site.AssertOutputEqualsFullBuild();

        var unchanged = site.Build();
        Assert.Equal(0, unchanged.Cache!.PagesRendered);
        Assert.Equal(0, unchanged.Cache.FilesWritten);
        Assert.True(result.Files == unchanged.Files);
    }

    [Fact]
    public void A_cache_kept_in_memory_as_preview_keeps_it_matches_a_full_build_after_every_edit()
    {
        using var site = IncrementalSite.Small();
        var cache = BuildCache.Open(site.Site.Root);
        cache.TrackInputChanges();
        cache.TrustOwnOutput();
        BuildResult Build() => SiteBuilder.Build(new BuildOptions { SiteRoot = site.Site.Root, Cache = cache });
        void Changed(string relative) => cache.InputChanged(site.Site.PathOf(relative));
        Build();

        site.Edit(site.Record(2) with { Result = "（一）第一次改动。" });
        Changed("input/findings/002.md");
        Assert.Equal(["findings/2/index.html"], Build().Cache!.Rendered);
        site.AssertOutputEqualsFullBuild();

        site.Edit(site.Record(2) with { Result = "（一）第二次改动。", Title = "改过标题" });
        Changed("input/findings/002.md");
        var second = Build().Cache!;
        Assert.Equal(5, second.RecordsReused);
        Assert.Contains("index.html", second.Rendered);
        site.AssertOutputEqualsFullBuild();

        site.Edit(SampleRecords.Make(9, themes: "soil"));
        Changed("input/findings/009.md");
        site.RetireRecord(1, successor: 2);
        Changed("input/findings/001.md");
        Changed("input/findings/002.md");
        Build();
        site.AssertOutputEqualsFullBuild();

        site.OverrideTheme("layouts/finding.sbn", t => t + "<!-- finding -->\n");
        Changed("theme/layouts/finding.sbn");
        Assert.Equal(6, Build().Cache!.PagesRendered);
        site.AssertOutputEqualsFullBuild();

        Assert.Equal(0, Build().Cache!.FilesWritten);
    }

    [Fact]
    public void No_cache_builds_from_scratch_and_leaves_no_cache_behind()
    {
        using var site = IncrementalSite.Small();
        var result = SiteBuilder.Build(new BuildOptions { SiteRoot = site.Site.Root, NoCache = true });
        Assert.Null(result.Cache);
        Assert.False(Directory.Exists(site.Site.PathOf(Zhenggai.Incremental.BuildCache.FolderName)));
    }
}
