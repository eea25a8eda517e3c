using System.Net;
using Zhenggai.Cli.Preview;
using Zhenggai.Records;
using Zhenggai.Tests.Incremental;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Preview;

/// <summary>
/// `zhenggai preview` over real HTTP on 127.0.0.1: it serves the built site, rebuilds when a
/// file changes and tells open pages (the event stream) to reload. Waits end as soon as the
/// server's event arrives; the timeout only bounds a failure on a slow machine.
/// </summary>
public sealed class PreviewServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private static Task<PreviewServer> Start(TestSite site) =>
        PreviewServer.StartAsync(new PreviewOptions { SiteRoot = site.Root, Port = 0, Quiet = true });

    private static HttpClient Client(PreviewServer server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseUrl), Timeout = Wait };

    [Fact]
    public async Task A_saved_record_shows_up_in_the_served_page_after_the_reload_event()
    {
        using var fixture = IncrementalSite.Small();
        await using var server = await Start(fixture.Site);
        using var http = Client(server);

        var before = await http.GetStringAsync("findings/3/");
        Assert.Contains("第3项问题的描述", before);
        Assert.Contains("<script src=\"/zhenggai-preview/reload.js\" defer></script>", before);
        var script = await http.GetAsync("zhenggai-preview/reload.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());

        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");
        fixture.Edit(fixture.Record(3) with { Problem = "预览中刚保存的问题描述。" });

        // The save may reach the watcher in pieces (truncate, then write): the rebuild after the last piece has it.
        string after;
        do
        {
            var reload = await events.Next(Wait, "reload", "failed");
            Assert.Equal("reload", reload.Name);
            after = await http.GetStringAsync("findings/3/");
        }
        while (!after.Contains("预览中刚保存的问题描述", StringComparison.Ordinal));
        Assert.Contains("预览中刚保存的问题描述", after);
        Assert.DoesNotContain("第3项问题的描述", after);
    }

    [Fact]
    public async Task An_edited_record_page_is_served_before_the_full_rebuild_with_the_bytes_the_rebuild_writes()
    {
        using var fixture = IncrementalSite.Repository();
        var record = fixture.Site.Records()[3];
        var address = $"findings/{record.Number}/";
        await using var server = await Start(fixture.Site);
        using var http = Client(server);
        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");

        foreach (var (edit, marker) in new[]
        {
            (record with { Result = record.Result + "\n预览先行显示的完成情况。" }, "预览先行显示的完成情况。"),
            (record with { Title = "预览先行显示的标题", Status = FindingStatus.Completed }, "预览先行显示的标题"),
        })
        {
            fixture.EditAtomically(edit);
            var first = await events.Next(Wait, "page", "reload", "failed");
            Assert.Equal(("page", address), (first.Name, first.Data));
            var early = await http.GetStringAsync(address);
            Assert.Contains(marker, early);
            // The full rebuild renders the page with the whole site and must agree byte for byte.
            Assert.Equal("reload", (await events.Next(Wait, "reload", "failed")).Name);
            Assert.Equal(early, await http.GetStringAsync(address));
        }
    }

    [Fact]
    public async Task The_first_build_writing_the_url_ledger_starts_no_rebuild()
    {
        using var fixture = IncrementalSite.Small();
        Assert.False(File.Exists(Path.Combine(fixture.Site.Root, Zhenggai.Write.PublishedUrlLedger.FileName)));
        await using var server = await Start(fixture.Site);
        using var http = Client(server);
        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");
        Assert.True(File.Exists(Path.Combine(fixture.Site.Root, Zhenggai.Write.PublishedUrlLedger.FileName)));
        // The ledger is written through a temporary file in input/; neither may look like an edit.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => events.Next(TimeSpan.FromSeconds(3), "page", "reload", "failed"));
    }

    [Fact]
    public async Task A_new_record_waits_for_the_full_rebuild()
    {
        using var fixture = IncrementalSite.Small();
        await using var server = await Start(fixture.Site);
        using var http = Client(server);
        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");

        fixture.EditAtomically(SampleRecords.Make(7));
        Assert.Equal("reload", (await events.Next(Wait, "page", "reload", "failed")).Name);
        Assert.Contains("第7项问题", await http.GetStringAsync("findings/7/"));
    }

    [Fact]
    public async Task A_failed_rebuild_reports_its_errors_to_open_pages_and_keeps_serving_the_last_good_output()
    {
        using var fixture = IncrementalSite.Small();
        await using var server = await Start(fixture.Site);
        using var http = Client(server);
        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");

        var good = fixture.Record(2);
        fixture.SaveAtomically(Path.Combine(RecordStore.FindingsFolder, RecordFile.FileName(2)), RecordFile.Write(good with { Problem = "坏记录。" }).Replace("status: ", "status: 不存在的状态", StringComparison.Ordinal));
        var failed = await events.Next(Wait, "reload", "failed");
        Assert.Equal("failed", failed.Name);
        Assert.Contains("ZG0304", failed.Data);
        Assert.Contains("input/findings/002.md", failed.Data);
        Assert.Contains("第2项问题的描述", await http.GetStringAsync("findings/2/"));

        // A page opened now learns of the failure at once.
        await using var late = await EventStream.Open(http, "zhenggai-preview/events");
        Assert.Equal("failed", (await late.Next(Wait, "failed")).Name);

        fixture.EditAtomically(good with { Problem = "修好的记录。" });
        Assert.Equal("reload", (await events.Next(Wait, "reload", "failed")).Name);
        Assert.Contains("修好的记录", await http.GetStringAsync("findings/2/"));
    }

    [Fact]
    public async Task Files_are_served_with_their_content_types_folders_and_misses_as_a_static_host_does()
    {
        using var fixture = IncrementalSite.Small();
        await using var server = await Start(fixture.Site);
        using var http = Client(server);

        async Task<string> TypeOf(string path)
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Content.Headers.ContentType!.ToString();
        }
        Assert.Equal("text/html; charset=utf-8", await TypeOf(""));
        Assert.Equal("text/plain; charset=utf-8", await TypeOf("manifest.sha256"));
        Assert.Equal("application/json; charset=utf-8", await TypeOf("data/findings.json"));
        Assert.Equal("image/svg+xml", await TypeOf("assets/img/mark.svg"));
        Assert.Equal("application/xml; charset=utf-8", await TypeOf("feed.xml"));
        Assert.Equal("text/plain; charset=utf-8", await TypeOf("robots.txt"));
        Assert.Equal("text/css; charset=utf-8", await TypeOf("assets/css/site.css"));

        using var folder = await http.GetAsync("findings/3");
        Assert.True(folder.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect);
        Assert.EndsWith("/findings/3/", folder.Headers.Location!.ToString());

        using var miss = await http.GetAsync("findings/999/");
        Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        Assert.Contains("页面未找到", await miss.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", (await http.GetAsync("findings/3/")).Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_site_under_a_sub_path_is_served_there()
    {
        using var fixture = IncrementalSite.Small();
        File.WriteAllText(fixture.Site.PathOf("statiq.json"), fixture.Site.ReadText("statiq.json").Replace("\"LinkRoot\": \"/\"", "\"LinkRoot\": \"/gov/zg/\"", StringComparison.Ordinal));
        await using var server = await Start(fixture.Site);
        Assert.EndsWith("/gov/zg/", server.BaseUrl);
        using var http = Client(server);
        var page = await http.GetStringAsync("findings/3/");
        Assert.Contains("<script src=\"/gov/zg/zhenggai-preview/reload.js\" defer></script>", page);
        using var root = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync($"http://127.0.0.1:{server.Port}/");
        Assert.Equal("/gov/zg/", root.Headers.Location!.ToString());
        using var missDeep = await http.GetAsync("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missDeep.StatusCode);
        Assert.Contains("/gov/zg/zhenggai-preview/reload.js", await missDeep.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reload_script_never_reaches_the_output_of_build()
    {
        using var fixture = IncrementalSite.Small();
        await using (await Start(fixture.Site))
        {
            Assert.Contains("zhenggai-preview/reload.js", fixture.Site.ReadOutput("index.html"));
        }
        var result = fixture.Build();
        Assert.Equal(result.Pages, result.Cache!.PagesRendered);
        Assert.False(Directory.Exists(Path.Combine(fixture.Output, "zhenggai-preview")));
        foreach (var (path, bytes) in TestSite.Snapshot(fixture.Output))
            Assert.False(System.Text.Encoding.UTF8.GetString(bytes).Contains("zhenggai-preview", StringComparison.Ordinal), $"{path} mentions the preview");
        fixture.AssertOutputEqualsFullBuild();
    }

    [Fact]
    public async Task A_changed_seed_document_is_imported_before_the_rebuild()
    {
        using var fixture = IncrementalSite.Repository();
        var seed = Directory.GetFiles(fixture.Site.PathOf("seeds"), "002_*.txt").Single();
        await using var server = await Start(fixture.Site);
        using var http = Client(server);
        Assert.Contains("紧迫感危机感还不强", await http.GetStringAsync("findings/1/"));
        await using var events = await EventStream.Open(http, "zhenggai-preview/events");
        await events.Next(Wait, "hello");

        File.WriteAllText(seed, File.ReadAllText(seed).Replace("紧迫感危机感还不强", "紧迫感危机感仍然不强", StringComparison.Ordinal));
        Assert.Equal("reload", (await events.Next(Wait, "reload", "failed")).Name);
        Assert.Contains("紧迫感危机感仍然不强", fixture.Site.ReadText("input/findings/001.md"));
        Assert.Contains("紧迫感危机感仍然不强", await http.GetStringAsync("findings/1/"));
    }

    [Fact]
    public async Task After_several_rebuilds_the_preview_output_equals_a_full_build_with_the_reload_script()
    {
        using var fixture = IncrementalSite.Small();
        await using (var server = await Start(fixture.Site))
        {
            using var http = Client(server);
            await using var events = await EventStream.Open(http, "zhenggai-preview/events");
            await events.Next(Wait, "hello");
            fixture.Edit(fixture.Record(4) with { Title = "预览改过的标题" });
            Assert.Equal("reload", (await events.Next(Wait, "reload", "failed")).Name);
            // A published finding leaves only with a successor for its address (the ledger). The
            // two saves may reach the watcher apart: a rebuild between them fails (two pages at
            // one address), and the next one succeeds.
            fixture.RetireRecord(6, successor: 5);
            while ((await events.Next(Wait, "reload", "failed")).Name != "reload") { }
            Assert.Contains("findings/5/", await http.GetStringAsync("findings/6/"));
            fixture.OverrideTheme("assets/css/site.css", t => t + "\n/* preview */\n");
            Assert.Equal("reload", (await events.Next(Wait, "reload", "failed")).Name);
        }
        var reference = fixture.Site.PathOf("reference");
        SiteBuilder.Build(new BuildOptions
        {
            SiteRoot = fixture.Site.Root,
            OutputFolder = reference,
            NoCache = true,
            BodyEndHtml = doc => doc.IsHtml ? PreviewScript.Tag("/") : null,
            Customize = pipeline => pipeline.Add(new PreviewScript.Module()),
        });
        IncrementalSite.AssertSameFiles(reference, fixture.Output);
    }
}
