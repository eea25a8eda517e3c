using System.Text.Json;
using Zhenggai.Pipeline;
using Zhenggai.Render.Feeds;
using Zhenggai.Render.Views;
using Zhenggai.Write;

namespace Zhenggai.Render.Data;

/// <summary>
/// data/index.html: what each published data file holds, the fields (read from the schema so
/// page and schema agree), the licence from settings DataLicence, and how to verify a copy.
/// </summary>
public sealed class DataPageModule : IModule
{
    public const string PagePath = OpenDataModule.Folder + "index.html";

    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var settings = context.Settings;
        var records = context.Records;
        var files = new List<DataFileView>
        {
            new("findings.json", OpenDataModule.JsonPath, "JSON", "全部问题的全部字段（含问题、整改目标、整改措施、完成情况原文）及所属报告、主题、状态的说明。"),
            new("findings.schema.json", OpenDataModule.SchemaPath, "JSON Schema 2020-12", "findings.json 与各条 index.json 的格式定义，可用于校验。"),
            new("findings.csv", OpenDataModule.CsvPath, "CSV，UTF-8 带 BOM", "每个问题一行，可直接用电子表格软件打开。"),
        };
        if (records.Count > 0)
            files.Add(new("findings/序号/index.json", OpenDataModule.FindingJsonPath(records[0].Number), "JSON",
                $"每个问题一个文件，与问题页面同一目录，格式同 findings.json 中的一项；示例为{records[0].Label}。"));
        if (FeedModule.HasFeed(records, settings))
            files.Add(new("feed.xml", FeedModule.FeedPath, "Atom", records.Count(r => FindingDates.Of(r, settings) is not null) <= AtomFeed.MaxEntries
                ? "订阅源：按更新日期排列的全部问题，可用阅读器订阅。"
                : $"订阅源：按更新日期排列的最近 {AtomFeed.MaxEntries} 个问题，可用阅读器订阅；全部问题见 findings.json。"));
        if (settings.AbsoluteRoot is not null)
            files.Add(new("sitemap.xml", SitemapModule.SitemapPath, "XML", "站点地图：全部页面的地址与更新日期，供搜索引擎使用。"));
        files.Add(new("manifest.sha256", ManifestModule.ManifestPath, "SHA-256 清单", "网站全部文件的 SHA-256 校验值，用于核对副本是否与发布的一致。"));

        var report = settings.Reports.Count > 0 ? new SiteViews(settings).Report(settings.Reports[0].Id) : null;
        context.Add(new SiteDocument(PagePath, "data")
        {
            Layout = "data",
            Title = "开放数据",
            Description = "下载全部整改问题的原文数据（JSON、CSV），了解字段含义、数据许可与校验方法。",
            Model = new DataPageView
            {
                Files = files,
                Fields = Fields(),
                CsvColumns = FindingsCsv.Columns,
                FindingCount = records.Count,
                Licence = string.IsNullOrWhiteSpace(settings.DataLicence) ? null : settings.DataLicence,
                Report = report,
                ManifestUrl = ManifestModule.ManifestPath,
            },
            Breadcrumbs = [new Crumb("首页", ""), new Crumb("开放数据", null)],
        });
    }

    /// <summary>The fields of one finding, in published order, with the schema's descriptions.</summary>
    public static IReadOnlyList<DataFieldView> Fields()
    {
        using var schema = JsonDocument.Parse(FindingsSchema.Json);
        var properties = schema.RootElement.GetProperty("$defs").GetProperty("finding").GetProperty("properties");
        return properties.EnumerateObject()
            .Select(p => new DataFieldView(p.Name, p.Value.GetProperty("description").GetString() ?? ""))
            .ToList();
    }
}
