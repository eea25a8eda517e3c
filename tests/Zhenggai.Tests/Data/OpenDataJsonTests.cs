using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Zhenggai.Records;
using Zhenggai.Render.Data;

namespace Zhenggai.Tests.Data;

public sealed class OpenDataJsonTests : IClassFixture<PlainSiteFixture>, IClassFixture<HostedSiteFixture>
{
    private readonly DataFixtureSite _plain;
    private readonly DataFixtureSite _hosted;

    public OpenDataJsonTests(PlainSiteFixture plain, HostedSiteFixture hosted)
    {
        _plain = plain.Site;
        _hosted = hosted.Site;
    }

    private static JsonSchema Schema(DataFixtureSite site) => JsonSchema.FromText(site.Text("data/findings.schema.json"));

    /// <summary>The schema's $defs/finding as a schema of its own, for findings/N/index.json.</summary>
    private static JsonSchema FindingSchema(DataFixtureSite site)
    {
        var root = JsonNode.Parse(site.Text("data/findings.schema.json"))!.AsObject();
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = root["$defs"]!.DeepClone(),
            ["$ref"] = "#/$defs/finding",
        };
        return JsonSchema.FromText(wrapper.ToJsonString());
    }

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindingsJsonValidatesAgainstItsSchema(bool hosted)
    {
        var site = hosted ? _hosted : _plain;
        var result = Evaluate(Schema(site), site.Text("data/findings.json"));
        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public void EachFindingJsonValidatesAgainstTheFindingDefinition()
    {
        var schema = FindingSchema(_plain);
        Assert.Equal(4, _plain.Records.Count);
        foreach (var r in _plain.Records)
        {
            var result = Evaluate(schema, _plain.Text(OpenDataModule.FindingJsonPath(r.Number)));
            Assert.True(result.IsValid, $"findings/{r.Number}/index.json: {Errors(result)}");
        }
    }

    [Fact]
    public void SchemaIsStrict()
    {
        var schema = Schema(_plain);
        var extraRoot = JsonNode.Parse(_plain.Text("data/findings.json"))!.AsObject();
        extraRoot["generated"] = "2025-01-01";
        Assert.False(Evaluate(schema, extraRoot.ToJsonString()).IsValid);

        var extraField = JsonNode.Parse(_plain.Text("data/findings.json"))!.AsObject();
        extraField["findings"]![0]!.AsObject()["extra"] = 1;
        Assert.False(Evaluate(schema, extraField.ToJsonString()).IsValid);

        var missingPart = JsonNode.Parse(_plain.Text("data/findings.json"))!.AsObject();
        missingPart["findings"]![0]!.AsObject().Remove("result");
        Assert.False(Evaluate(schema, missingPart.ToJsonString()).IsValid);

        var badStatus = JsonNode.Parse(_plain.Text("data/findings.json"))!.AsObject();
        badStatus["findings"]![0]!["status"] = "完成了";
        Assert.False(Evaluate(schema, badStatus.ToJsonString()).IsValid);
    }

    [Fact]
    public void SchemaIsAValidDraft202012Schema()
    {
        var meta = MetaSchemas.Draft202012;
        using var doc = JsonDocument.Parse(_plain.Text("data/findings.schema.json"));
        var result = meta.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Errors(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void FindingsJsonRoundTripsToTheSameRecords()
    {
        var data = OpenDataJson.Deserialize<OpenDataFile>(_plain.Text("data/findings.json"));
        Assert.Equal(_plain.Records.Select(r => r.Number), data.Findings.Select(f => f.Number));
        foreach (var (original, published) in _plain.Records.Zip(data.Findings))
        {
            var back = published.ToRecord();
            foreach (var part in FindingParts.All)
                Assert.Equal(original.GetPart(part), back.GetPart(part));
            // The record file format serialises every field, so equal files mean equal records.
            Assert.Equal(RecordFile.Write(original), RecordFile.Write(back));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StreamedFindingsJsonIsTheWholeFileSerialisedAtOnce(bool hosted)
    {
        // The build writes findings.json one finding at a time; it must be the very bytes of serialising the whole file.
        var site = hosted ? _hosted : _plain;
        var whole = OpenDataJson.Serialize(OpenDataFile.From(site.Records, site.Settings));
        Assert.Equal(whole, site.Bytes("data/findings.json"));
        using var stream = new MemoryStream();
        using (var writer = new FindingsJsonWriter(stream, OpenDataFile.From([], site.Settings))) writer.Finish();
        Assert.Equal(OpenDataJson.Serialize(OpenDataFile.From([], site.Settings)), stream.ToArray());
        // Added as findings, not as their files' bytes, it is the same file.
        using var added = new MemoryStream();
        using (var writer = new FindingsJsonWriter(added, OpenDataFile.From([], site.Settings)))
        {
            foreach (var finding in OpenDataFile.From(site.Records, site.Settings).Findings) writer.Add(finding);
            writer.Finish();
        }
        Assert.Equal(whole, added.ToArray());
    }

    [Fact]
    public void PerFindingJsonRoundTripsAndEqualsItsEntryInFindingsJson()
    {
        var all = JsonNode.Parse(_plain.Text("data/findings.json"))!["findings"]!.AsArray();
        foreach (var (original, entry) in _plain.Records.Zip(all))
        {
            var text = _plain.Text(OpenDataModule.FindingJsonPath(original.Number));
            Assert.True(JsonNode.DeepEquals(entry, JsonNode.Parse(text)));
            Assert.Equal(RecordFile.Write(original), RecordFile.Write(OpenDataJson.Deserialize<OpenDataFinding>(text).ToRecord()));
        }
    }

    [Fact]
    public void PartsReadWithAPlainJsonParserAreTheRecordTextVerbatim()
    {
        using var doc = JsonDocument.Parse(_plain.Bytes("data/findings.json"));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var hostile = findings.Single(f => f.GetProperty("number").GetInt32() == 99);
        Assert.Equal(DataFixtureSite.HostileProblem, hostile.GetProperty("problem").GetString());
        Assert.Equal(DataFixtureSite.HostileTitle, hostile.GetProperty("title").GetString());
        Assert.Equal("+ 加号开头，含垂直制表符\u000B在此", hostile.GetProperty("result").GetString());
        Assert.Equal("推进中<i>", hostile.GetProperty("statusText").GetString());
        Assert.Equal(["综合", "水"], hostile.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        var ten = findings.Single(f => f.GetProperty("number").GetInt32() == 10);
        Assert.Equal(_plain.Records.Single(r => r.Number == 10).Measures, ten.GetProperty("measures").GetString());
    }

    [Fact]
    public void MarkupCharactersAreEscapedAndChineseStaysReadable()
    {
        var text = _plain.Text("data/findings.json");
        foreach (var c in new[] { '<', '>', '&', '\'', '\u2028', '\u2029', '\u200B', '\u000B' })
            Assert.DoesNotContain(c, text);
        Assert.Contains("\\u003Cscript\\u003E", text);
        Assert.Contains("\\u0026amp;", text);
        Assert.Contains("\\u2028", text);
        Assert.Contains("{{ x }}", text);
        Assert.Contains("全角　空格；𠮷", text);
        Assert.Contains("部分污水处理厂管理还存在问题", text);
        Assert.DoesNotContain("\\u", _plain.Text(OpenDataModule.FindingJsonPath(10)));
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void AddressesAreRelativeWithoutHostAndAbsoluteWithIt()
    {
        var plain = OpenDataJson.Deserialize<OpenDataFile>(_plain.Text("data/findings.json"));
        Assert.Null(plain.Url);
        Assert.All(plain.Findings, f => { Assert.Null(f.Url); Assert.Equal($"findings/{f.Number}/", f.Path); });
        Assert.Null(plain.Licence);

        var hosted = OpenDataJson.Deserialize<OpenDataFile>(_hosted.Text("data/findings.json"));
        Assert.Equal("https://www.example.gov.cn/zhenggai/", hosted.Url);
        Assert.All(hosted.Findings, f => Assert.Equal($"https://www.example.gov.cn/zhenggai/findings/{f.Number}/", f.Url));
        Assert.Equal("知识共享 署名 4.0 国际许可协议（CC BY 4.0）", hosted.Licence);
        Assert.Equal("2025-03-31", hosted.Reports.Single().DataDate);
    }

    [Fact]
    public void ReadingRejectsUnknownKeys()
    {
        var json = JsonNode.Parse(_plain.Text(OpenDataModule.FindingJsonPath(10)))!.AsObject();
        json["surprise"] = true;
        Assert.Throws<JsonException>(() => OpenDataJson.Deserialize<OpenDataFinding>(json.ToJsonString()));
    }

    [Fact]
    public void OutputIsByteIdenticalAcrossBuilds()
    {
        using var again = new DataFixtureSite();
        foreach (var path in new[] { "data/findings.json", "data/findings.csv", "data/findings.schema.json", "feed.xml", "findings/99/index.json", "manifest.sha256" })
            Assert.Equal(_plain.Bytes(path), again.Bytes(path));
    }

    [Fact]
    public void BadDatesAndDeadlineKindsAreDiagnosticsNamingTheRecord()
    {
        var bad = DataFixtureSite.Hostile("2025/05/01") with
        {
            Deadlines = [new Commitment("（一）", "6月底前", "2024-13", "soon")],
        };
        var codes = OpenDataModule.Check(bad).Select(d => d.Code).ToList();
        Assert.Equal(["ZG0701", "ZG0702", "ZG0703"], codes);
        Assert.Empty(OpenDataModule.Check(DataFixtureSite.Hostile()));
    }
}
