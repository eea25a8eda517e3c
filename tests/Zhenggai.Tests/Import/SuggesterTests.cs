using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Import;

public sealed class SuggesterTests
{
    [Theory]
    [InlineData("思想认识有待进一步提高。在与市、县区领导的谈话中感到", "思想认识有待进一步提高")]
    [InlineData("问题依然存在！需要整改。", "问题依然存在！")]
    [InlineData("是否到位？仍需核查。", "是否到位？")]
    [InlineData("督察指出“底数不清。替代措施不实”。其他", "督察指出“底数不清。替代措施不实”")]
    [InlineData("没有句号的问题", "没有句号的问题")]
    [InlineData("第一段没有句号\n第二段。", "第一段没有句号")]
    public void Title_is_the_first_sentence(string problem, string title) => Assert.Equal(title, TitleSuggester.Suggest(problem));

    [Theory]
    [InlineData("现已完成相关建设任务。", FindingStatus.Completed)]
    [InlineData("已按省、市要求完成秸秆离田工作。", FindingStatus.Completed)]
    [InlineData("燃煤锅炉整治任务全面完成。", FindingStatus.Completed)]
    [InlineData("秸秆离田工作基本完成，剩余地块春耕前清理。", FindingStatus.BasicallyCompleted)]
    [InlineData("目前整改工作达到序时进度。", FindingStatus.OnSchedule)]
    [InlineData("部分项目已完成，另有2个项目未完成。", FindingStatus.NotCompleted)]
    [InlineData("已建立台账并动态更新。", FindingStatus.Ongoing)]
    [InlineData("已要求企业于年底前完成改造。", FindingStatus.Ongoing)]
    public void Status_comes_from_explicit_wording(string result, string status) => Assert.Equal(status, StatusSuggester.FromResult(result));

    [Fact]
    public void A_source_status_wins_and_its_wording_is_kept_when_it_differs()
    {
        Assert.Equal((FindingStatus.Completed, (string?)null), StatusSuggester.Suggest("正在推进。", "已完成"));
        Assert.Equal((FindingStatus.Completed, "已完成整改"), StatusSuggester.Suggest("正在推进。", "已完成整改"));
        Assert.Equal((FindingStatus.Ongoing, "正在整改"), StatusSuggester.Suggest("已完成。", "正在整改"));
        Assert.Equal((FindingStatus.Completed, (string?)null), StatusSuggester.Suggest("已完成。", null));
    }

    [Fact]
    public void Themes_need_enough_hits_and_fall_back_to_general()
    {
        var themes = ThemeDefinition.Defaults;
        Assert.Equal(["general"], ThemeSuggester.Suggest("思想认识有待进一步提高。谈话中感到紧迫感不强。", themes));
        // One passing mention is not enough; the same word in the headline sentence is.
        Assert.Equal(["general"], ThemeSuggester.Suggest("工作机制不健全。部分工地存在扬尘。", themes));
        Assert.Equal(["air"], ThemeSuggester.Suggest("建筑工地扬尘管控不到位。督察组抽查发现裸土未苫盖。", themes));
        Assert.Equal(["water", "soil"], ThemeSuggester.Suggest("畜禽粪污管理不到位。粪污流入地表水体。", themes));
    }

    [Fact]
    public void Theme_keywords_in_statiq_json_match_the_defaults()
    {
        var settings = SettingsLoader.Load(TempSite.RepoRoot);
        Assert.Equal(ThemeDefinition.Defaults.Select(t => (t.Key, t.Label, string.Join(",", t.Keywords), t.MinHits)),
            settings.Themes.Select(t => (t.Key, t.Label, string.Join(",", t.Keywords), t.MinHits)));
    }
}
