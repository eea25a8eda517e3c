using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using Zhenggai.Records;
using Zhenggai.Render.Pages;

namespace Zhenggai.Tests.Reliability.Injection;

/// <summary>
/// The same hostile site (<see cref="HostileSite"/>), read the way a feed reader, a JSON client and a
/// spreadsheet read it: every field comes back equal to the record, as text, never as markup.
/// </summary>
public sealed class InjectionDataTests(HostileSite fixture) : IClassFixture<HostileSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private FindingRecord R => fixture.HostileRecord;

    private string OutputFile(string path) => Path.Combine(fixture.Hostile.Site.Output, path);

    [Fact]
    public void The_feed_holds_the_text_as_text()
    {
        var feed = XDocument.Load(OutputFile("feed.xml")).Root!;
        Assert.Equal(fixture.SiteTitle, feed.Element(Atom + "title")!.Value);
        Assert.Equal((string)fixture.Hostile.Settings["DataLicence"]!, feed.Element(Atom + "rights")!.Value);
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == $"{R.Label} {R.Title}");
        foreach (var name in new[] { "title", "summary", "content" })
            Assert.Empty(entry.Element(Atom + name)!.Elements());
        Assert.Equal(FindingPagesModule.Excerpt(R.Problem), entry.Element(Atom + "summary")!.Value);
        var content = entry.Element(Atom + "content")!.Value;
        foreach (var part in new[] { R.Problem, R.Target, R.Measures, R.Result, R.UnitsText!, R.DeadlineText! })
            Assert.Contains(part, content, StringComparison.Ordinal);
        Assert.Contains(R.StatusText!, content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_files_read_back_equal()
    {
        using var all = JsonDocument.Parse(File.ReadAllBytes(OutputFile("data/findings.json")));
        AssertFinding(all.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("number").GetInt32() == HostileSite.Number));
        Assert.Equal(fixture.SiteTitle, all.RootElement.GetProperty("title").GetString());
        using var one = JsonDocument.Parse(File.ReadAllBytes(OutputFile("findings/99/index.json")));
        AssertFinding(one.RootElement);
    }

    private void AssertFinding(JsonElement f)
    {
        string? S(string name) => f.GetProperty(name).GetString();
        Assert.Equal(R.Label, S("label"));
        Assert.Equal(R.Title, S("title"));
        Assert.Equal(R.StatusText, S("statusText"));
        Assert.Equal(R.Problem, S("problem"));
        Assert.Equal(R.Target, S("target"));
        Assert.Equal(R.Measures, S("measures"));
        Assert.Equal(R.Result, S("result"));
        Assert.Equal(R.UnitsText, S("unitsText"));
        Assert.Equal(R.DeadlineText, S("deadlineText"));
        Assert.Equal(R.SourceNote, S("sourceNote"));
        Assert.Equal(R.Units, f.GetProperty("units").EnumerateArray().Select(u => u.GetString()!));
        var deadline = f.GetProperty("deadlines")[0];
        Assert.Equal(R.Deadlines[0].Measure, deadline.GetProperty("measure").GetString());
        Assert.Equal(R.Deadlines[0].Text, deadline.GetProperty("text").GetString());
    }

    [Fact]
    public void The_search_index_reads_back_equal()
    {
        // Search results read a finding's text from its open-data file (checked above), which meta.json names.
        using var meta = JsonDocument.Parse(File.ReadAllBytes(OutputFile("search/meta.json")));
        var document = meta.RootElement.GetProperty("document").GetString()!;
        using var one = JsonDocument.Parse(File.ReadAllBytes(OutputFile(document.Replace("{n}", "99"))));
        var parts = meta.RootElement.GetProperty("parts").EnumerateArray().Select(p => p[0].GetString()!).ToList();
        Assert.Equal([R.Problem, R.Target, R.Measures, R.Result], parts.Select(p => one.RootElement.GetProperty(p).GetString()!).ToArray());
        Assert.Equal("findings/99/", one.RootElement.GetProperty("path").GetString());
        Assert.Empty(Directory.EnumerateFiles(OutputFile("search"), "99.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_csv_reads_back_equal()
    {
        var options = CsvReaderOptions.Default with { HasHeader = false, Mode = CsvMode.Rfc4180, MalformedData = CsvMalformedDataHandling.Throw, TrimWhitespace = false };
        using var reader = CsvReader.Create(File.ReadAllBytes(OutputFile("data/findings.csv")), options);
        string[]? header = null;
        var found = false;
        while (reader.Read())
        {
            var row = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            if (header is null)
            {
                header = row;
                continue;
            }
            string Cell(string column) => row[Array.IndexOf(header, column)];
            if (Cell("序号") != "99") continue;
            found = true;
            Assert.Equal(R.Title, Cell("标题"));
            Assert.Equal(string.Join("、", R.Units), Cell("责任单位"));
            Assert.Equal(R.Problem, Cell("问题"));
            Assert.Equal(R.Target, Cell("整改目标"));
            Assert.Equal(R.Measures, Cell("整改措施"));
            Assert.Equal(R.Result, Cell("完成情况"));
        }
        Assert.True(found, "finding 99 is not in findings.csv");
    }

    [Fact]
    public void Every_xml_and_json_file_parses()
    {
        var output = fixture.Hostile.Site.Output;
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".xml", StringComparison.Ordinal)) XDocument.Load(file);
            if (file.EndsWith(".json", StringComparison.Ordinal)) JsonDocument.Parse(File.ReadAllBytes(file)).Dispose();
        }
    }
}
