using AngleSharp.Dom;
using Zhenggai.Check;

namespace Zhenggai.Tests.Officials;

/// <summary>
/// The seed site with three rows per list page, against the same site on one page per list: walking
/// a list's pages by their "next" links gives exactly the rows of the whole list, in its order.
/// </summary>
public sealed class PagedListTests : IClassFixture<PagedListTests.Sites>
{
    public const int PageSize = 3;

    public sealed class Sites : IDisposable
    {
        public Sites()
        {
            Paged = new TestSite(SeedFindings.Records, j => j["ListPageSize"] = PageSize);
            Paged.Build();
            Whole = new TestSite(SeedFindings.Records, j => j["ListPageSize"] = 0);
            Whole.Build();
        }

        internal TestSite Paged { get; }
        internal TestSite Whole { get; }

        public void Dispose()
        {
            Paged.Dispose();
            Whole.Dispose();
        }
    }

    private readonly Sites _sites;

    public PagedListTests(Sites sites) => _sites = sites;

    private static string Target(string page, string href) => LinkCheck.Resolve(page, href, "/", false).Target;

    /// <summary>Follows rel=next from a list's first page; returns each page's path and its rows (hrefs resolved to site paths).</summary>
    private List<(string Page, string[] Rows)> Walk(string first, string rowSelector)
    {
        var pages = new List<(string, string[])>();
        for (var page = first; page is not null;)
        {
            var doc = SeedSiteFixture.Parse(_sites.Paged, page);
            pages.Add((page, doc.QuerySelectorAll(rowSelector).Select(a => Target(page, a.GetAttribute("href")!)).ToArray()));
            var next = doc.QuerySelector(".list-pager a[rel=next]")?.GetAttribute("href");
            page = next is null ? null : Target(page, next);
            Assert.True(pages.Count <= 50, "the next links go round in a circle");
        }
        return pages;
    }

    private string[] WholeRows(string page, string rowSelector) =>
        SeedSiteFixture.Parse(_sites.Whole, page).QuerySelectorAll(rowSelector).Select(a => Target(page, a.GetAttribute("href")!)).ToArray();

    /// <summary>Every list page of the one-page site with more rows than a page holds, but the home page (its own test).</summary>
    private List<string> LongLists() =>
        Directory.EnumerateFiles(_sites.Whole.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_sites.Whole.Output, f).Replace('\\', '/'))
            .Where(p => p != "index.html" && WholeRows(p, ".finding-list .finding-link").Length > PageSize)
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Walking_the_pages_of_each_long_list_gives_every_row_of_the_whole_list_once_in_order()
    {
        var lists = LongLists();
        // Each kind of list is among them, or the test would prove little.
        foreach (var kind in new[] { "findings/index.html", "findings/status/", "status/", "themes/", "units/" })
            Assert.Contains(lists, l => l.StartsWith(kind, StringComparison.Ordinal));
        Assert.Contains(lists, l => l.StartsWith("themes/", StringComparison.Ordinal) && l.Contains("/status/"));
        foreach (var list in lists)
        {
            var whole = WholeRows(list, ".finding-list .finding-link");
            var pages = Walk(list, ".finding-list .finding-link");
            Assert.Equal(whole, pages.SelectMany(p => p.Rows));
            Assert.All(pages.SkipLast(1), p => Assert.Equal(PageSize, p.Rows.Length));
            Assert.Equal((whole.Length + PageSize - 1) / PageSize, pages.Count);
            var folder = list[..^"index.html".Length];
            Assert.Equal(pages.Select((_, i) => i == 0 ? list : $"{folder}page/{i + 1}/index.html"), pages.Select(p => p.Page));
            if (!list.StartsWith("units/", StringComparison.Ordinal)) continue;
            // A unit's deadlines are split with its findings: each page has those of its own findings, all of them in order.
            static string[] Deadlines(IDocument d) => d.QuerySelectorAll(".commitments .commitment").Select(li => li.TextContent).ToArray();
            Assert.Equal(Deadlines(SeedSiteFixture.Parse(_sites.Whole, list)), pages.SelectMany(p => Deadlines(SeedSiteFixture.Parse(_sites.Paged, p.Page))));
        }
    }

    [Fact]
    public void A_later_page_says_where_it_is_and_leads_back()
    {
        var list = LongLists().First(l => l.StartsWith("themes/", StringComparison.Ordinal) && !l.Contains("/status/"));
        var folder = list[..^"index.html".Length];
        var page2 = folder + "page/2/index.html";
        var first = SeedSiteFixture.Parse(_sites.Paged, list);
        var doc = SeedSiteFixture.Parse(_sites.Paged, page2);
        var whole = WholeRows(list, ".finding-list .finding-link").Length;
        var pages = (whole + PageSize - 1) / PageSize;
        var theme = first.QuerySelectorAll(".breadcrumbs li").Last().TextContent.Trim();
        Assert.StartsWith($"主题：{theme}（第2页）", doc.Title);
        Assert.Equal($"第 4–6 项，共 {whole} 项（第 2 页，共 {pages} 页）", doc.QuerySelector(".list-pager-where")!.TextContent);
        Assert.Equal("第2页", doc.QuerySelector(".list-pager [aria-current=page]")!.TextContent);
        Assert.Equal(list, Target(page2, doc.QuerySelector(".list-pager a[rel=prev]")!.GetAttribute("href")!));
        Assert.Equal(["首页", "主题", theme, "第2页"], doc.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal(list, Target(page2, doc.QuerySelectorAll(".breadcrumbs a").Last().GetAttribute("href")!));
        // The overview (counts by status and theme) is on the first page only; the status filter is on every page.
        Assert.NotNull(first.QuerySelector(".status-filter"));
        Assert.NotNull(doc.QuerySelector(".status-filter"));
        Assert.Null(doc.QuerySelector(".overview"));
    }

    [Fact]
    public void The_home_page_shows_the_start_and_continues_on_the_findings_pages()
    {
        var home = SeedSiteFixture.Parse(_sites.Paged, "index.html");
        Assert.Equal(PageSize, home.QuerySelectorAll(".finding-list .finding-link").Length);
        Assert.NotNull(home.QuerySelector(".overview"));
        Assert.Equal("findings/page/2/index.html", Target("index.html", home.QuerySelector(".list-pager a[rel=next]")!.GetAttribute("href")!));
        Assert.False(File.Exists(Path.Combine(_sites.Paged.Output, "page", "2", "index.html")));
        Assert.Equal($"问题清单：共{SeedFindings.Records.Count}项", home.GetElementById("list-heading")!.TextContent);
    }

    [Fact]
    public void The_timeline_pages_hold_every_commitment_once_and_each_month_links_to_where_it_starts()
    {
        static string[] Items(IDocument d) => d.QuerySelectorAll(".timeline-group .commitment").Select(li => li.TextContent).ToArray();
        var whole = Items(SeedSiteFixture.Parse(_sites.Whole, "timeline/index.html"));
        var pages = Walk("timeline/index.html", ".finding-list .finding-link")
            .Select(p => (p.Page, Doc: SeedSiteFixture.Parse(_sites.Paged, p.Page))).ToList();
        Assert.Equal(whole, pages.SelectMany(p => Items(p.Doc)));
        Assert.Equal((whole.Length + PageSize - 1) / PageSize, pages.Count);
        foreach (var (page, doc) in pages)
        {
            Assert.Equal(whole.Length.ToString(), doc.QuerySelector(".timeline-summary")!.TextContent[1..].Split('项')[0]);
            foreach (var a in doc.QuerySelectorAll(".timeline-index a"))
            {
                var target = Target(page, a.GetAttribute("href")!);
                var id = a.GetAttribute("href")!.Split('#')[1];
                // The month starts on the page the link leads to: its section there is not a continuation.
                var section = SeedSiteFixture.Parse(_sites.Paged, target).GetElementById(id)!;
                Assert.DoesNotContain("（续）", section.QuerySelector("h2")!.TextContent);
            }
        }
        Assert.Contains(pages, p => p.Doc.QuerySelectorAll(".timeline-group h2").Any(h => h.TextContent.Contains("（续）")));
    }
}
