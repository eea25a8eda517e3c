using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Site;

/// <summary>`check` reports every problem at once, each with file and line, and writes nothing.</summary>
public sealed class CheckTests
{
    [Fact]
    public void Check_reports_all_problems_with_file_and_line_and_writes_nothing()
    {
        using var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        site.WriteRecord(SampleRecords.Make(1, status: "完成了"));
        site.WriteRecord(SampleRecords.Make(2, themes: "watr"));
        site.WriteRecord(SampleRecords.Make(3) with { Result = "" });
        site.WriteRecord(SampleRecords.Make(4));
        site.Write("input/findings/005.md", site.ReadText("input/findings/004.md"));
        site.Write("input/findings/006.md", "---\nnumber: 6\nlabel: [unclosed\n---\n## 问题\n\nx\n");
        site.Write("theme/layouts/404.sbn", "a\n{{ if x }}\n");

        var diagnostics = SiteChecker.Check(site.Root);

        void Has(string code, string file, int line) =>
            Assert.Contains(diagnostics, d => d.Code == code && d.File == file && d.Line == line && d.Hint is not null);
        var status = File.ReadAllLines(site.PathOf("input/findings/001.md")).ToList().FindIndex(l => l.StartsWith("status:")) + 1;
        Has("ZG0304", "input/findings/001.md", status);
        var themes = File.ReadAllLines(site.PathOf("input/findings/002.md")).ToList().FindIndex(l => l.StartsWith("themes:")) + 1;
        Has("ZG0303", "input/findings/002.md", themes);
        Assert.Contains(diagnostics, d => d.Code == "ZG0209" && d.File == "input/findings/003.md");
        Has("ZG0301", "input/findings/005.md", 2);
        Assert.Contains(diagnostics, d => d.Code == "ZG0207" && d.File == "input/findings/006.md" && d.Line == 3);
        Has("ZG0501", "theme/layouts/404.sbn", 2);
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(site.PathOf(".output-staging")));
    }

    [Fact]
    public void Check_of_the_repository_site_finds_no_errors()
    {
        using var site = TestSite.CopyOfRepo();
        Assert.DoesNotContain(SiteChecker.Check(site.Root), d => d.IsError);
    }
}
