using System.Text.Json.Nodes;
using Zhenggai.Records;
using Zhenggai.Settings;
using Zhenggai.Tests.Reliability.Properties;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Reliability.Injection;

/// <summary>
/// A site whose settings and one record (number 99) carry <see cref="HostileText"/> in every
/// text field, plus two plain records; and its twin, built from the same shape with plain text
/// in place of every payload. Both are built once with the real pipeline.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public const int Number = 99;

    public HostileSite()
    {
        Hostile = Make(Verbatim);
        Plain = Make(PlainText);
        HostileRecord = Record(Verbatim);
        PlainRecord = Record(PlainText);
        Hostile.Site.Build();
        Plain.Site.Build();
    }

    private static string PlainText(int i) => $"普通文本{i}";

    /// <summary>Payload i as itself.</summary>
    private static string Verbatim(int i) => HostileText.Payloads[i % HostileText.Payloads.Count];

    public (TestSite Site, JsonObject Settings) Hostile { get; }

    public (TestSite Site, JsonObject Settings) Plain { get; }

    public FindingRecord HostileRecord { get; }

    /// <summary>The twin's record 99: the same shape with plain text.</summary>
    public FindingRecord PlainRecord { get; }

    public string SiteTitle => (string)Hostile.Settings["SiteTitle"]!;

    public static FindingRecord Record(Func<int, string> p) => new()
    {
        Number = Number,
        Label = "序号九十九 " + p(10) + " " + p(7),
        Title = "标题 " + string.Join(" ", Enumerable.Range(0, HostileText.Payloads.Count).Select(p)),
        Themes = ["water", "general"],
        Status = FindingStatus.Ongoing,
        StatusText = "推进中 " + p(0) + p(4),
        Report = "jilin-round2",
        Source = "seeds/test.txt",
        SourceLine = 3,
        Units = ["区" + p(2) + "局", p(3)],
        Deadlines = [new Commitment("（一）" + p(1), "2024年6月底前" + p(6), "2024-06", "dated")],
        RedirectFrom = ["findings/old-99/"],
        Problem = string.Join('\n', Enumerable.Range(0, HostileText.Payloads.Count).Select(i => $"问题{i + 1}：{p(i)}")),
        Target = string.Join('\n', Enumerable.Range(0, HostileText.Payloads.Count).Select(i => $"目标{i + 1}：{p(i + 3)}")),
        // Numbered items and a department line, so the block splitter and the measure/result pairing see hostile text too.
        Measures = string.Join('\n', Enumerable.Range(0, 5).Select(i => $"（{ChineseNumerals.Write(i + 1)}）{p(i)}")) + "\n区卫健局：" + p(11),
        Result = string.Join('\n', Enumerable.Range(0, 5).Select(i => $"（{ChineseNumerals.Write(i + 1)}）{p(i + 5)}")),
        UnitsText = "区生态环境分局 & " + p(2) + "\n" + p(8),
        DeadlineText = "2024年6月底前 " + p(8) + p(0),
        SourceNote = "联系电话：" + p(6) + "\n" + p(9),
    };

    private static (TestSite, JsonObject) Make(Func<int, string> p)
    {
        var site = TestSite.Empty();
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, SettingsLoader.FileName)))!.AsObject();
        settings["SiteTitle"] = "整改公开 " + p(0) + p(4);
        settings["SiteDescription"] = "简介 " + p(12) + p(8);
        settings["Host"] = "www.example.gov.cn";
        settings["DataLicence"] = "许可 " + p(3) + p(5);
        var report = settings["Reports"]![0]!.AsObject();
        report["Title"] = "报告 " + p(1) + p(10);
        report["IssuingBody"] = "长春市二道区 " + p(11);
        report["SourceNote"] = "说明 " + p(6) + p(13);
        settings["Footer"] = new JsonObject { ["Sponsor"] = "主办 " + p(2), ["Contact"] = "联系 " + p(3) + p(7), ["Icp"] = "备案 " + p(9) };
        settings["GovMeta"] = new JsonObject { ["SiteName"] = "网站 " + p(12), ["ColumnName"] = "栏目 " + p(1) };
        File.WriteAllText(site.PathOf(SettingsLoader.FileName), settings.ToJsonString());
        site.WriteRecord(SampleRecords.Make(1));
        site.WriteRecord(SampleRecords.Make(2, themes: "air"));
        site.WriteRecord(Record(p));
        return (site, settings);
    }

    public void Dispose()
    {
        Hostile.Site.Dispose();
        Plain.Site.Dispose();
    }
}
