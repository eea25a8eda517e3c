using AngleSharp.Html.Parser;
using Zhenggai.Records;
using Zhenggai.Tests.Cli;
using Zhenggai.Tests.Reliability.Cli;
using Zhenggai.Tests.Support;
using Zhenggai.Write;

namespace Zhenggai.Tests.Reliability;

/// <summary>
/// Runs every case of the bad-input corpus through the real command line (its entry point, in
/// this process) on a copy of the base site whose output/ holds a good build. A failing case
/// must exit 1 and print its diagnostic as <c>file(line,col): error CODE: message</c>, and leave
/// output/, input/ and seeds/ byte for byte as they were, with no staging folder behind. A case
/// that is good input in an unusual form (a BOM, CRLF, GB18030) must succeed with the text intact.
/// </summary>
public sealed class BadInputCorpusTests(BadInputSiteFixture fixture) : IClassFixture<BadInputSiteFixture>
{
    public static TheoryData<string> Cases() => new(BadInputCase.Names());

    [Fact]
    public void The_corpus_has_at_least_thirty_failing_cases_over_every_command()
    {
        var cases = BadInputCase.Names().Select(BadInputCase.Load).ToList();
        Assert.True(cases.Count(c => c.Exit != 0) >= 30, $"only {cases.Count(c => c.Exit != 0)} failing cases");
        foreach (var command in new[] { "build", "check", "import" })
            Assert.Contains(cases, c => c.Command[0] == command && c.Exit != 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_its_message_or_its_output_and_changes_nothing_it_must_not(string name)
    {
        var c = BadInputCase.Load(name);
        using var site = c.PrepareSite(fixture.GoodOutput);
        var output = TestSite.Snapshot(site.Output);
        var input = TestSite.Snapshot(site.PathOf("input"));
        var seeds = TestSite.Snapshot(site.PathOf("seeds"));
        var settings = File.ReadAllBytes(site.PathOf("statiq.json"));

        var run = CliRun.InProcess([.. c.Command, "--root", site.Root]);

        Assert.True(c.Exit == run.Code, $"{name}: expected exit {c.Exit}, got\n{run}");
        if (c.Exit != 0)
        {
            var expected = $"{c.One("file")}({c.One("line")},";
            var printed = run.Error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.True(printed.Any(l => l.StartsWith(expected, StringComparison.Ordinal)
                    && l.Contains($": error {c.One("code")}: ", StringComparison.Ordinal)
                    && l.Contains(c.One("message"), StringComparison.Ordinal)),
                $"{name}: no line `{expected}…: error {c.One("code")}: …{c.One("message")}…` in\n{run}");
            Assert.Contains(printed, l => l.StartsWith("  hint: ", StringComparison.Ordinal));
            AssertSame(input, TestSite.Snapshot(site.PathOf("input")), "input/");
        }
        AssertSame(seeds, TestSite.Snapshot(site.PathOf("seeds")), "seeds/");
        Assert.Equal(settings, File.ReadAllBytes(site.PathOf("statiq.json")));
        if (c.Exit != 0 || c.Command[0] != "build")
            AssertSame(output, TestSite.Snapshot(site.Output), "output/");
        else
            AssertManifestVerifies(site.Output);
        Assert.False(Directory.Exists(site.PathOf(".output-staging")), "a staging folder was left behind");
        Assert.False(Directory.Exists(site.PathOf(".output-previous")), "a previous-output folder was left behind");

        foreach (var warning in c.All("warning"))
        {
            var (code, file, message) = Split3(warning);
            Assert.True(run.Error.Split('\n').Any(l => l.StartsWith(file + "(", StringComparison.Ordinal)
                    && l.Contains($": warning {code}: ", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal)),
                $"{name}: no warning {code} on {file} in\n{run}");
        }
        foreach (var page in c.All("page"))
        {
            var (path, selector, text) = Split3(page);
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));
            var element = doc.QuerySelector(selector);
            Assert.True(element is not null, $"{path} has no {selector}");
            Assert.Equal(text, element.TextContent);
        }
        foreach (var record in c.All("record"))
        {
            var (path, field, text) = Split3(record);
            var r = RecordFile.Read(File.ReadAllBytes(site.PathOf(path)), path);
            Assert.Equal(text, field switch
            {
                "problem" => r.Problem,
                "target" => r.Target,
                "measures" => r.Measures,
                "result" => r.Result,
                "label" => r.Label,
                "title" => r.Title,
                "source" => r.Source,
                _ => throw new InvalidOperationException($"{name}: unknown record field {field}"),
            });
        }
    }

    private static (string, string, string) Split3(string value)
    {
        var parts = value.Split(" | ", 3);
        return (parts[0], parts[1], parts[2]);
    }

    private static void AssertSame(SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after, string what)
    {
        Assert.True(before.Keys.SequenceEqual(after.Keys), $"{what} files changed: before {before.Count}, after {after.Count}");
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{what}{path} changed");
    }

    internal static void AssertManifestVerifies(string output)
    {
        var listed = Sha256Manifest.Parse(File.ReadAllText(Path.Combine(output, ManifestModule.ManifestPath)));
        var actual = Sha256Manifest.Hash(output, ManifestModule.ManifestPath);
        Assert.Equal(actual.OrderBy(kv => kv.Key, StringComparer.Ordinal), listed.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }
}
