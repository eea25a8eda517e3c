using AngleSharp.Dom;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Site;

/// <summary>End-to-end: build the real seed site and read it back with AngleSharp.</summary>
public sealed class SeedSiteTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public SeedSiteTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void Publishes_one_page_per_seed_finding()
    {
        Assert.Equal(20, _site.Records.Count);
        int[] expected = [1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16, 18, 19, 20, 22, 23, 25, 27];
        Assert.Equal(expected, _site.Records.Select(r => r.Number));
        foreach (var n in expected)
            Assert.True(File.Exists(Path.Combine(_site.Site.Output, "findings", n.ToString(), "index.html")), $"findings/{n}/ missing");
    }

    [Fact]
    public void Each_part_on_the_page_equals_its_record_text()
    {
        foreach (var record in _site.Records)
        {
            var page = _site.Page($"findings/{record.Number}/index.html");
            foreach (var part in FindingParts.All)
            {
                var anchor = FindingParts.Anchor(part);
                Assert.NotNull(page.GetElementById(anchor));
                // In the paired view a part is spread over several containers; in order they hold the whole part.
                var paragraphs = page.QuerySelectorAll($".part-text[data-part={anchor}] > p").Select(p => p.TextContent);
                Assert.Equal(record.GetPart(part), string.Join('\n', paragraphs));
            }
        }
    }

    [Fact]
    public void Parallel_measures_and_results_are_shown_side_by_side_and_others_fall_back()
    {
        var paired = 0;
        foreach (var record in _site.Records)
        {
            var page = _site.Page($"findings/{record.Number}/index.html");
            var pairs = page.QuerySelectorAll(".pair");
            var pairing = Zhenggai.Render.MeasureResultPairing.Pair(record.Measures, record.Result);
            if (pairing is null)
            {
                Assert.Empty(pairs);
                Assert.NotNull(page.QuerySelector("section#result"));
                continue;
            }
            paired++;
            Assert.Equal(pairing.Count, pairs.Length);
            foreach (var pair in pairs)
            {
                var labels = pair.QuerySelectorAll(".pair-label").Select(l => l.TextContent).ToList();
                Assert.Equal(2, labels.Count);
                Assert.Equal(labels[0].Replace("整改措施", ""), labels[1].Replace("完成情况", ""));
            }
        }
        // 序号一's five measures and five results pair up; 序号十一's single paragraphs do not.
        Assert.NotNull(Zhenggai.Render.MeasureResultPairing.Pair(_site.Records.Single(r => r.Number == 1).Measures, _site.Records.Single(r => r.Number == 1).Result));
        Assert.Null(Zhenggai.Render.MeasureResultPairing.Pair(_site.Records.Single(r => r.Number == 11).Measures, _site.Records.Single(r => r.Number == 11).Result));
        Assert.InRange(paired, 5, 19);
    }

    [Fact]
    public void Finding_page_shows_label_title_themes_status_and_neighbours()
    {
        var records = _site.Records;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var page = _site.Page($"findings/{r.Number}/index.html");
            Assert.Equal(r.Title, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(r.Label, page.QuerySelector(".summary")!.TextContent);
            Assert.Contains(r.Status, page.QuerySelector(".summary .status")!.TextContent);
            var prev = page.QuerySelector("a[rel=prev]");
            var next = page.QuerySelector("a[rel=next]");
            Assert.Equal(i > 0, prev is not null);
            Assert.Equal(i < records.Count - 1, next is not null);
            if (prev is not null) Assert.Equal($"../../findings/{records[i - 1].Number}/", prev.GetAttribute("href"));
            if (next is not null) Assert.Equal($"../../findings/{records[i + 1].Number}/", next.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("nav.breadcrumbs [aria-current=page]"));
        }
    }

    [Fact]
    public void Each_theme_index_lists_exactly_the_findings_with_that_theme()
    {
        foreach (var theme in new[] { "water", "air", "soil", "mines", "general" })
        {
            var page = _site.Page($"themes/{theme}/index.html");
            var listed = NumbersLinked(page, "../../findings/");
            var expected = _site.Records.Where(r => r.Themes.Contains(theme)).Select(r => r.Number).ToList();
            Assert.Equal(expected, listed);
            Assert.Contains($"{expected.Count}", page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public void Home_page_lists_all_findings_in_number_order_with_counts_that_agree()
    {
        var home = _site.Page("index.html");
        Assert.Equal(_site.Records.Select(r => r.Number), NumbersLinked(home, "findings/"));
        Assert.Contains("第二轮吉林省生态环境保护督察反馈问题整改任务完成情况", home.QuerySelector("h1")!.TextContent);
        var statusCounts = home.QuerySelectorAll(".status-filter li a").Skip(1)
            .Select(a => int.Parse(a.QuerySelector(".count-num")!.TextContent)).Sum();
        Assert.Equal(_site.Records.Count, statusCounts);
        // Each narrowed view lists exactly the findings of its status, and its count matches the link.
        foreach (var link in home.QuerySelectorAll(".status-filter li a").Skip(1))
        {
            var href = link.GetAttribute("href")!;
            var view = _site.Page(href + "index.html");
            var status = view.QuerySelector("#list-heading")!.TextContent.Split('：')[0];
            var expected = _site.Records.Where(r => r.Status == status).Select(r => r.Number).ToList();
            Assert.Equal(expected, NumbersLinked(view, "../../findings/"));
            Assert.Equal(expected.Count, int.Parse(link.QuerySelector(".count-num")!.TextContent));
        }
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves_when_served_under_a_sub_path()
    {
        // Resolved with System.Uri, independently of the build's own LinkCheck.
        var baseUri = new Uri("https://example.gov.cn/some/sub/path/");
        foreach (var file in _site.HtmlFiles().Where(f => f != "404.html"))
        {
            var page = _site.Page(file);
            var pageUri = new Uri(baseUri, file);
            foreach (var el in page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]"))
            {
                var link = el.GetAttribute("href") ?? el.GetAttribute("src") ?? el.GetAttribute("action")!;
                Assert.False(link.StartsWith('/'), $"{file}: root-absolute link {link} breaks under a sub-path");
                var target = new Uri(pageUri, link);
                Assert.Equal(baseUri.Host, target.Host);
                var rel = Uri.UnescapeDataString(target.AbsolutePath);
                Assert.StartsWith(baseUri.AbsolutePath, rel);
                rel = rel[baseUri.AbsolutePath.Length..];
                if (rel.Length == 0 || rel.EndsWith('/')) rel += "index.html";
                var path = Path.Combine(_site.Site.Output, rel);
                Assert.True(File.Exists(path), $"{file}: link {link} → {rel} does not exist");
                if (target.Fragment.Length > 1)
                {
                    var id = Uri.UnescapeDataString(target.Fragment[1..]);
                    Assert.NotNull(_site.Page(rel).GetElementById(id));
                }
            }
        }
    }

    [Fact]
    public void Pages_declare_chinese_and_load_nothing_from_other_hosts()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var page = _site.Page(file);
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
            foreach (var el in page.QuerySelectorAll("[src], link[href]"))
            {
                var url = el.GetAttribute("src") ?? el.GetAttribute("href")!;
                Assert.DoesNotContain("//", url);
            }
        }
    }

    private static List<int> NumbersLinked(IDocument page, string prefix) =>
        page.QuerySelectorAll("ol.finding-list a.finding-link")
            .Select(a => a.GetAttribute("href")!)
            .Select(h => { Assert.StartsWith(prefix, h); return int.Parse(h[prefix.Length..].TrimEnd('/')); })
            .ToList();
}
