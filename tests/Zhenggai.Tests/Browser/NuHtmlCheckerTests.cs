namespace Zhenggai.Tests.Browser;

public sealed class NuHtmlCheckerTests
{
    [Fact]
    public async Task Good_site_has_no_errors_and_broken_page_has_the_planted_ones()
    {
        // One JVM for both folders: vnu reports each message against its file.
        var messages = await NuHtmlChecker.CheckAsync(FixtureSites.Good, FixtureSites.Broken);

        var good = messages.Where(m => m.File.StartsWith(FixtureSites.Good + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        var broken = messages.Where(m => m.File.StartsWith(FixtureSites.Broken + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.True(good.Count == 0, NuHtmlChecker.Describe(good));
        Assert.Equal(messages.Count, broken.Count);
        Assert.All(broken, m => Assert.True(m.IsError, m.ToString()));
        Assert.All(broken, m => Assert.Equal(Path.Combine(FixtureSites.Broken, "index.html"), m.File));
        Assert.Contains(broken, m => m.Message.Contains("“alt” attribute", StringComparison.Ordinal) && m.Line == 13);
        Assert.Contains(broken, m => m.Message.Contains("Stray end tag “div”", StringComparison.Ordinal) && m.Line == 15);
    }

    [Fact]
    public void Parses_vnu_json_with_file_urls_and_missing_fields()
    {
        const string json = """
            {"messages":[
              {"type":"error","url":"file:/srv/site/a%20b.html","lastLine":3,"firstColumn":5,"lastColumn":9,"message":"Bad.","extract":"<x>"},
              {"type":"non-document-error","subType":"io","message":"File not found."},
              {"type":"info","subType":"warning","url":"file:/srv/site/c.html","lastLine":1,"lastColumn":2,"message":"Hmm."}
            ]}
            """;

        var messages = NuHtmlChecker.Parse(json);

        Assert.Equal(new NuMessage("error", null, "/srv/site/a b.html", 3, 5, "Bad.", "<x>"), messages[0]);
        Assert.True(messages[1].IsError);
        Assert.Equal("", messages[1].File);
        Assert.False(messages[2].IsError);
        Assert.Equal(2, messages[2].Column);
    }
}
