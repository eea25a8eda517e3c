using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Settings;

/// <summary>statiq.json through the compile-time generated reader: defaults, errors and their lines.</summary>
public sealed class SettingsLoaderTests
{
    private static SiteSettings Parse(string json) => SettingsLoader.Parse(Encoding.UTF8.GetBytes(json), "statiq.json");

    [Fact]
    public void Keys_the_file_leaves_out_keep_their_documented_defaults()
    {
        var s = Parse("{ \"SiteTitle\": \"督察整改\", \"Footer\": { \"Icp\": \"吉ICP备1号\" }, \"Reports\": [ { \"Id\": \"r1\", \"Title\": \"报告\" } ] }");
        var defaults = new SiteSettings();
        Assert.Equal("督察整改", s.SiteTitle);
        Assert.Equal("/", s.LinkRoot);
        Assert.True(s.LinksUseHttps);
        Assert.True(s.LinkHideIndexPages);
        Assert.Equal("zh-CN", s.Language);
        Assert.Equal(200, s.ListPageSize);
        Assert.Equal(defaults.Themes.Select(t => t.Key), s.Themes.Select(t => t.Key));
        Assert.NotNull(s.GovMeta);
        Assert.Empty(s.Units);
        Assert.Equal("吉ICP备1号", s.Footer.Icp);
        Assert.Null(s.Footer.Sponsor);
        var report = Assert.Single(s.Reports);
        Assert.Equal(("r1", "报告", null), (report.Id, report.Title, report.DataDate));
    }

    [Fact]
    public void Nested_lists_keep_their_item_defaults()
    {
        var s = Parse("{ \"Themes\": [ { \"Key\": \"water\", \"Label\": \"水\" } ], \"Units\": [ { \"Name\": \"区水利局\", \"Slug\": \"water-bureau\" } ] }");
        var theme = Assert.Single(s.Themes);
        Assert.Empty(theme.Keywords);
        Assert.Equal(2, theme.MinHits);
        Assert.Empty(Assert.Single(s.Units).Aliases);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var s = Parse("{\n  // the site's name\n  \"SiteTitle\": \"x\",\n  \"Host\": \"www.example.gov.cn\",\n}\n");
        Assert.Equal("https://www.example.gov.cn/", s.AbsoluteRoot);
    }

    [Fact]
    public void An_unknown_nested_key_is_reported_on_its_line_with_its_path()
    {
        var ex = Assert.Throws<DiagnosticException>(() => Parse("{\n  \"Footer\": {\n    \"Sponser\": \"x\"\n  }\n}\n"));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(("ZG0101", 3), (d.Code, d.Line));
        Assert.Contains("Footer.Sponser", d.Message);
    }

    [Fact]
    public void A_negative_list_page_size_is_reported_on_its_line()
    {
        var ex = Assert.Throws<DiagnosticException>(() => Parse("{\n  \"SiteTitle\": \"x\",\n  \"ListPageSize\": -5\n}\n"));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(("ZG0109", 3), (d.Code, d.Line));
        Assert.Contains("0 to put every list on one page", d.Hint);
    }

    [Fact]
    public void A_report_without_its_required_title_is_an_error()
    {
        var ex = Assert.Throws<DiagnosticException>(() => Parse("{ \"Reports\": [ { \"Id\": \"r1\" } ] }"));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("ZG0102", d.Code);
        Assert.Contains("Title", d.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_error_on_its_line()
    {
        var ex = Assert.Throws<DiagnosticException>(() => Parse("{\n  \"LinksUseHttps\": \"yes\"\n}"));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(("ZG0102", 2), (d.Code, d.Line));
    }
}
