using System.Text;
using System.Text.Json.Nodes;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Data;

/// <summary>
/// A site in a temp folder: statiq.json, three records with real text from the seeds
/// (Fixtures/*.md) and one record of hostile text, built with the real pipeline.
/// </summary>
public sealed class DataFixtureSite : IDisposable
{
    /// <summary>Text that must stay verbatim and inert everywhere: markup, entities, template syntax, quotes, formula starts, invisible and non-BMP characters.</summary>
    public const string HostileProblem =
        "<script>alert(\"x\")</script> 与 </textarea> 以及 &amp; 和 {{ x }}，还有 \"双引号\" 与 '单引号'。\n"
        + "=SUM(A1:A2) 以等号开头；]]> 结束标记；\u2028行分隔符\u2029段分隔符；\u200B零宽空格；全角　空格；𠮷";

    public const string HostileTitle = "测试 <b>标题</b> & \"引号\" '单引号' {{ x }}";

    public static FindingRecord Hostile(string? updated = "2025-05-01") => new()
    {
        Number = 99,
        Label = "序号九十九",
        Title = HostileTitle,
        Themes = ["general", "water"],
        Status = FindingStatus.Ongoing,
        StatusText = "推进中<i>",
        Report = "jilin-round2",
        Source = "seeds/test.txt",
        SourceLine = 7,
        Updated = updated,
        Units = ["区生态环境分局", "=区水利局"],
        Deadlines = [new Commitment("（一）", "2024年6月底前", "2024-06", "dated"), new Commitment("", "长期坚持", null, "ongoing")],
        RedirectFrom = ["findings/old-99/"],
        Problem = HostileProblem,
        Target = "-1 以减号开头",
        Measures = "@cmd 以 @ 开头\n\\ 反斜杠开头\n## 像标题的段落",
        Result = "+ 加号开头，含垂直制表符\u000B在此",
        UnitsText = "区生态环境分局 & 区水利局",
        DeadlineText = "2024年6月底前",
        SourceNote = "联系电话：<0431>",
    };

    public DataFixtureSite(Action<JsonObject>? settings = null, bool hostile = true, Func<BuildOptions, BuildOptions>? options = null, Action<string>? prepare = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "zg-data-" + Guid.NewGuid().ToString("N"));
        var findings = Path.Combine(Root, "input", "findings");
        Directory.CreateDirectory(findings);
        foreach (var file in Directory.GetFiles(FixturesFolder, "*.md"))
            File.Copy(file, Path.Combine(findings, Path.GetFileName(file)));
        if (hostile)
            File.WriteAllText(Path.Combine(findings, "099.md"), RecordFile.Write(Hostile()), new UTF8Encoding(false));

        var json = DefaultSettings();
        settings?.Invoke(json);
        File.WriteAllText(Path.Combine(Root, SettingsLoader.FileName), json.ToJsonString(), new UTF8Encoding(false));

        try
        {
            prepare?.Invoke(Root);
            var build = new BuildOptions { SiteRoot = Root };
            if (options is not null) build = options(build);
            Result = SiteBuilder.Build(build);
            Settings = SettingsLoader.Load(Root);
            Records = RecordStore.Load(Root, Settings);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "output");
    public BuildResult Result { get; }
    public SiteSettings Settings { get; }
    public IReadOnlyList<FindingRecord> Records { get; }

    public string PathOf(string sitePath) => Path.Combine(Output, sitePath.Replace('/', Path.DirectorySeparatorChar));
    public bool Exists(string sitePath) => File.Exists(PathOf(sitePath));
    public byte[] Bytes(string sitePath) => File.ReadAllBytes(PathOf(sitePath));
    public string Text(string sitePath) => new UTF8Encoding(false, true).GetString(Bytes(sitePath));

    public static JsonObject DefaultSettings() => new()
    {
        ["SiteTitle"] = "二道区生态环境保护督察整改公开",
        ["SiteDescription"] = "逐项公开问题、整改目标、整改措施与完成情况。",
        ["Host"] = "",
        ["LinkRoot"] = "/",
        ["Reports"] = new JsonArray(new JsonObject
        {
            ["Id"] = "jilin-round2",
            ["Title"] = "第二轮吉林省生态环境保护督察反馈问题整改任务完成情况",
            ["IssuingBody"] = "长春市二道区",
            ["DataDate"] = "2025-03-31",
        }),
    };

    public static void WithHost(JsonObject s)
    {
        s["Host"] = "www.example.gov.cn";
        s["LinkRoot"] = "/zhenggai/";
        s["DataLicence"] = "知识共享 署名 4.0 国际许可协议（CC BY 4.0）";
        s["GovMeta"] = new JsonObject
        {
            ["SiteName"] = "长春市二道区人民政府",
            ["SiteDomain"] = "www.example.gov.cn",
            ["SiteIdCode"] = "2201050001",
            ["ColumnName"] = "督察整改",
        };
    }

    public static string FixturesFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("repository root (Zhenggai.slnx) not found above " + AppContext.BaseDirectory);
            return Path.Combine(dir.FullName, "tests", "Zhenggai.Tests", "Data", "Fixtures");
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
