using System.Globalization;
using System.Text;
using CsvHelper;
using Zhenggai.Render.Data;

namespace Zhenggai.Tests.Data;

public sealed class FindingsCsvTests : IClassFixture<PlainSiteFixture>, IClassFixture<HostedSiteFixture>
{
    private readonly DataFixtureSite _plain;
    private readonly DataFixtureSite _hosted;

    public FindingsCsvTests(PlainSiteFixture plain, HostedSiteFixture hosted)
    {
        _plain = plain.Site;
        _hosted = hosted.Site;
    }

    /// <summary>Parses with CsvHelper in strict RFC 4180 mode: bad quoting or a field count mismatch throws.</summary>
    private static List<string[]> Parse(byte[] bytes)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            TrimWhitespace = false,
            SkipEmptyLines = false,
        };
        using var reader = CsvReader.Create(bytes, options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void StartsWithUtf8BomAndEndsRecordsWithCrlf()
    {
        var bytes = _plain.Bytes("data/findings.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"序号\",\"标题\",\"主题\",\"状态\",\"责任单位\",\"问题\",\"整改目标\",\"整改措施\",\"完成情况\",\"地址\"\r\n", text);
        Assert.EndsWith("\"\r\n", text);
        Assert.Equal(_plain.Records.Count + 1, text.Split("\"\r\n\"").Length);
    }

    [Fact]
    public void ParsesBackToTheSameText()
    {
        var rows = Parse(_plain.Bytes("data/findings.csv"));
        Assert.Equal(FindingsCsv.Columns, rows[0]);
        Assert.Equal(_plain.Records.Count + 1, rows.Count);
        var labels = _plain.Settings.Themes.ToDictionary(t => t.Key, t => t.Label);
        foreach (var (r, row) in _plain.Records.Zip(rows.Skip(1)))
        {
            Assert.Equal(r.Number.ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(r.Title, row[1]);
            Assert.Equal(string.Join("、", r.Themes.Select(k => labels[k])), row[2]);
            Assert.Equal(r.Status, row[3]);
            Assert.Equal(string.Join("、", r.Units), row[4]);
            Assert.Equal(r.Problem, row[5]);
            Assert.Equal(r.Target, row[6]);
            Assert.Equal(r.Measures, row[7]);
            Assert.Equal(r.Result, row[8]);
            Assert.Equal($"findings/{r.Number}/", row[9]);
        }
    }

    [Fact]
    public void HostileTextStaysVerbatimIncludingFormulaStarts()
    {
        var row = Parse(_plain.Bytes("data/findings.csv")).Single(r => r[0] == "99");
        Assert.Equal(DataFixtureSite.HostileProblem, row[5]);
        Assert.Equal(DataFixtureSite.HostileTitle, row[1]);
        Assert.Equal("区生态环境分局、=区水利局", row[4]);
        Assert.Equal("-1 以减号开头", row[6]);
        Assert.StartsWith("@cmd", row[7]);
        Assert.StartsWith("+ ", row[8]);
        Assert.Equal("综合、水", row[2]);
        Assert.Contains(_plain.Result.Log, l => l.StartsWith("data/findings.csv: ", StringComparison.Ordinal) && l.Contains("= + - @", StringComparison.Ordinal));
    }

    [Fact]
    public void AddressColumnIsAbsoluteWhenHostIsSet()
    {
        var rows = Parse(_hosted.Bytes("data/findings.csv")).Skip(1).ToList();
        Assert.All(rows, row => Assert.Equal($"https://www.example.gov.cn/zhenggai/findings/{row[0]}/", row[9]));
    }

    [Fact]
    public void QuotesInsideFieldsAreDoubled()
    {
        var csv = Encoding.UTF8.GetString(FindingsCsv.Write([OpenDataJson.Deserialize<OpenDataFinding>(_plain.Text("findings/99/index.json"))]));
        Assert.Contains("\"\"双引号\"\"", csv);
        Assert.Contains("\"测试 <b>标题</b> & \"\"引号\"\" '单引号' {{ x }}\"", csv);
    }
}
