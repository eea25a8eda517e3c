using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Officials;

/// <summary>Units pinned by hand after reading the seeds (seeds/002_…txt and seeds/000_…txt).</summary>
public class UnitExtractorTests
{
    private static IReadOnlyList<string> Units(int number) =>
        UnitExtractor.Find(SeedFindings.PlainRecords.Single(r => r.Number == number), SeedFindings.Settings.Units);

    [Fact]
    public void Finding13_SubHeadingsAndAnAliasInTheFirstMeasure()
    {
        // （一）…组织辖区生态环境分局、区卫健局等部门… （二）区卫健局整改措施 （三）区生态环境分局整改措施
        Assert.Equal(["区生态环境分局", "区卫健局"], Units(13));
    }

    [Fact]
    public void Finding22_LeadInLinesInMeasuresAndResults()
    {
        // 区住建局：… 区农业农村局：… 市市场监管局二道分局：… 区生态环境分局：… 区发改局：…
        Assert.Equal(["区住建局", "区农业农村局", "市市场监管局二道分局", "区生态环境分局", "区发改局"], Units(22));
    }

    [Fact]
    public void Finding10_FromTheSecondSeedFile()
    {
        // （一）二道经济开发区对污水处理厂… （二）区生态环境分局加强… and the results' lead-ins.
        Assert.Equal(["二道经济开发区", "区生态环境分局"], Units(10));
    }

    [Fact]
    public void Finding25_TheCityBureauIsNotTheDistrictBranch()
    {
        // Results: 「市规划和自然资源局组织专家评审通过，区规划和自然资源分局、英俊镇密切配合」.
        Assert.Equal(["区规划和自然资源分局", "英俊镇"], Units(25));
    }

    [Fact]
    public void AliasesBecomeThePublishedName()
    {
        Assert.Equal(["区城市管理局"], Units(6));   // measures 区城市管理局, results 区城管局
        Assert.Equal(["区生态环境分局"], Units(8)); // results 「区生态环境局按照上级统一部署」
        Assert.Equal(["区生态环境分局"], Units(16)); // results 「生态环境分局工作人员」
        Assert.Equal(["区河长办"], Units(14));      // measures 区河长办, results 河长办
    }

    [Fact]
    public void Finding27_ATownNamedAsAPlaceIsNotAUnit()
    {
        // 「在英俊镇玉米地块采用释放赤眼蜂」「在英俊镇域内醒目位置粘贴」 name a place.
        Assert.Equal(["区农业农村局"], Units(27));
    }

    [Fact]
    public void FindingsThatNameNoUnitGetNone()
    {
        Assert.Empty(Units(1));  // 区委常委会、党校、区政府: not responsible units in the settings
        Assert.Empty(Units(4));
        Assert.Empty(Units(19)); // 「我区」 only
        Assert.Empty(Units(23));
    }

    [Fact]
    public void Finding2And15()
    {
        Assert.Equal(["区发改局", "区工信局"], Units(2));
        Assert.Equal(["区生态环境分局", "区农业农村局", "区禁烧办", "英俊镇"], Units(15));
    }

    [Fact]
    public void EveryUnitFoundIsWrittenInItsFindingsMeasuresOrResults()
    {
        foreach (var r in SeedFindings.Records)
            foreach (var unit in r.Units)
            {
                var def = SeedFindings.Settings.Units.Single(u => u.Name == unit);
                var names = def.Aliases.Prepend(def.Name);
                Assert.True(names.Any(n => r.Measures.Contains(n) || r.Result.Contains(n)), $"{r.Label}: {unit}");
            }
    }

    private static readonly IReadOnlyList<UnitDefinition> Known =
    [
        new() { Name = "区生态环境分局", Slug = "eco-env", Aliases = ["生态环境分局", "区生态环境局"] },
        new() { Name = "区住建局", Slug = "housing", Aliases = ["住建局"] },
        new() { Name = "区发改局", Slug = "dev", Aliases = ["发改局"] },
    ];

    private static FindingRecord Record(string measures, string result = "已完成。", string? unitsText = null, string problem = "问题。", string target = "目标。") => new()
    {
        Number = 1, Label = "序号一", Title = "t", Status = FindingStatus.Completed, Report = "r", Source = "s",
        Problem = problem, Target = target, Measures = measures, Result = result, UnitsText = unitsText,
    };

    [Fact]
    public void TheUnitsPartComesFirstAndLabelsAreDropped()
    {
        var r = Record("区住建局：做好。", unitsText: "牵头单位：区住建局；配合单位：区发改局、生态环境分局");
        Assert.Equal(["区住建局", "区发改局", "区生态环境分局"], UnitExtractor.Find(r, Known));
    }

    [Fact]
    public void AnUnknownDepartmentLeadingAParagraphIsKeptAsWritten()
    {
        var r = Record("（一）区水利局：加强管理。\n（二）强化责任分工，相关部门合力推动：", "（一）区水利局整改情况\n已完成。");
        Assert.Equal(["区水利局"], UnitExtractor.Find(r, Known));
    }

    [Fact]
    public void OtherLevelsDocumentTitlesProblemAndTargetAreNotRead()
    {
        var r = Record("配合市生态环境局、省住建局开展检查，落实《区发改局工作方案》。", "已完成。",
            problem: "区发改局监管不到位。", target: "区住建局牵头整改。");
        Assert.Empty(UnitExtractor.Find(r, Known));
    }

    [Fact]
    public void WordBookmarksDoNotHideALeadIn()
    {
        var r = Record("[bookmark: OLE_LINK8]（一）区水利局：加强管理。");
        Assert.Equal(["区水利局"], UnitExtractor.Find(r, Known));
    }
}
