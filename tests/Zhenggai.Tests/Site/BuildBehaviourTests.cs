using AngleSharp.Html.Parser;
using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Site;

/// <summary>Build rules on small fixture sites: escaping, safe publishing, determinism, link modes, settings errors.</summary>
public sealed class BuildBehaviourTests
{
    private static TestSite FixtureSite(params FindingRecord[] records)
    {
        var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        foreach (var r in records.Length == 0 ? [SampleRecords.Make(1), SampleRecords.Make(2), SampleRecords.Make(3, themes: "air")] : records)
            site.WriteRecord(r);
        return site;
    }

    [Fact]
    public void Record_text_that_looks_like_markup_or_template_code_appears_as_text()
    {
        const string hostile = "<script>alert(1)</script> & \"引号\" '单引号' {{ site.title }} {% raw %} &amp; </textarea> javascript:alert(1)";
        using var site = FixtureSite(SampleRecords.Make(1, problem: hostile), SampleRecords.Make(2));
        site.Build();
        var html = site.ReadOutput("findings/1/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(hostile, page.QuerySelector("#problem .part-text > p")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#problem script"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = FixtureSite();
        site.Build(site.PathOf("out-a"));
        site.Build(site.PathOf("out-b"));
        var a = TestSite.Snapshot(site.PathOf("out-a"));
        var b = TestSite.Snapshot(site.PathOf("out-b"));
        Assert.Equal(a.Keys, b.Keys);
        foreach (var key in a.Keys) Assert.True(a[key].AsSpan().SequenceEqual(b[key]), $"{key} differs");
    }

    [Fact]
    public void A_broken_link_fails_the_build_names_page_and_link_and_keeps_the_previous_output()
    {
        using var site = FixtureSite();
        site.Build();
        var before = TestSite.Snapshot(site.Output);
        var themes = site.PathOf("theme/layouts");
        Directory.CreateDirectory(themes);
        var layout = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/layouts/themes.sbn"));
        File.WriteAllText(Path.Combine(themes, "themes.sbn"), layout + "<a href=\"{{ url(\"findings/999/\") }}\">gone</a><a href=\"#nowhere\">x</a>");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0601" && d.File == "output/themes/index.html" && d.Message.Contains("../findings/999/"));
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0603" && d.Message.Contains("#nowhere"));
        var after = TestSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys) Assert.True(before[key].AsSpan().SequenceEqual(after[key]), $"{key} changed");
        Assert.False(Directory.Exists(site.PathOf(".output-staging")));
    }

    [Fact]
    public void A_page_that_loads_from_another_host_fails_the_build()
    {
        using var site = FixtureSite();
        Directory.CreateDirectory(site.PathOf("theme/layouts"));
        var layout = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/layouts/404.sbn"));
        File.WriteAllText(site.PathOf("theme/layouts/404.sbn"), layout + "<img src=\"https://cdn.example.com/x.png\" alt=\"\">");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0602" && d.Message.Contains("cdn.example.com"));
    }

    [Fact]
    public void With_LinkHideIndexPages_off_every_folder_link_names_index_html()
    {
        using var site = FixtureSite();
        var settings = File.ReadAllText(site.PathOf("statiq.json")).Replace("\"LinkHideIndexPages\": true", "\"LinkHideIndexPages\": false");
        File.WriteAllText(site.PathOf("statiq.json"), settings);
        site.Build();
        var page = new HtmlParser().ParseDocument(site.ReadOutput("findings/2/index.html"));
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, h => Assert.True(h.Split('#', '?')[0].EndsWith(".html"), $"{h} is a folder link"));
        Assert.Contains("../../findings/1/index.html", links);
        Assert.Contains("../../index.html", links);
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_file_and_line()
    {
        using var site = FixtureSite();
        site.Write("theme/layouts/404.sbn", "<h1>x</h1>\n{{ for c in model }}\n<p>{{ c.label }}</p>\n");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        var d = Assert.Single(ex.Diagnostics, d => d.Code == "ZG0501");
        Assert.Equal("theme/layouts/404.sbn", d.File);
        Assert.True(d.Line >= 2);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_template_using_an_unknown_name_is_reported_with_its_file()
    {
        using var site = FixtureSite();
        site.Write("theme/layouts/themes.sbn", "<h1>{{ model.no_such_field }}</h1>");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0503" && d.File.EndsWith("themes.sbn"));
    }

    [Fact]
    public void An_unknown_settings_key_is_an_error_with_its_line()
    {
        using var site = FixtureSite();
        site.Write("statiq.json", "{\n  \"SiteTitle\": \"x\",\n  \"SiteTitel\": \"typo\"\n}\n");
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("ZG0101", d.Code);
        Assert.Equal("statiq.json", d.File);
        Assert.Equal(3, d.Line);
        Assert.Contains("SiteTitel", d.Message);
    }

    [Fact]
    public void A_site_overrides_a_theme_file_and_keeps_the_rest()
    {
        using var site = FixtureSite();
        site.Write("theme/assets/css/site.css", "body { color: black; }");
        site.Build();
        Assert.Equal("body { color: black; }", site.ReadOutput("assets/css/site.css"));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets/js/site.js")));
    }

    [Fact]
    public void Footer_fields_appear_only_when_set()
    {
        using var site = FixtureSite();
        site.Build();
        Assert.DoesNotContain("主办单位", site.ReadOutput("index.html"));
        var settings = File.ReadAllText(site.PathOf("statiq.json")).Replace("\"Sponsor\": null", "\"Sponsor\": \"长春市二道区人民政府办公室\"");
        File.WriteAllText(site.PathOf("statiq.json"), settings);
        site.Build();
        Assert.Contains("主办单位：长春市二道区人民政府办公室", site.ReadOutput("index.html"));
        Assert.DoesNotContain("ICP", site.ReadOutput("index.html"));
    }
}
