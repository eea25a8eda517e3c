using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

public sealed class LabelLineTests
{
    [Theory]
    [InlineData("整改任务：雨污合流", SourceSection.Problem, "雨污合流")]
    [InlineData("反馈问题:雨污合流", SourceSection.Problem, "雨污合流")]
    [InlineData("问题：雨污合流", SourceSection.Problem, "雨污合流")]
    [InlineData("一、整改任务内容", SourceSection.Problem, "")]
    [InlineData("整改目标 ：  加快推进", SourceSection.Target, "加快推进")]
    [InlineData("二、整改目标", SourceSection.Target, "")]
    [InlineData("2.整改目标", SourceSection.Target, "")]
    [InlineData("整改措施", SourceSection.Measures, "")]
    [InlineData("整改完成情况：已完成", SourceSection.Result, "已完成")]
    [InlineData("完成情况", SourceSection.Result, "")]
    [InlineData("整改进展：推进中", SourceSection.Result, "推进中")]
    [InlineData("整改效果：明显", SourceSection.Result, "明显")]
    [InlineData("责任单位\t区住建局", SourceSection.Units, "区住建局")]
    [InlineData("整改时限：2024年8月底前", SourceSection.Deadline, "2024年8月底前")]
    [InlineData("整改状态：已完成", SourceSection.Status, "已完成")]
    public void Recognises_label_lines(string line, SourceSection section, string rest)
    {
        var m = LabelLine.Match(line);
        Assert.NotNull(m);
        Assert.Equal((section, rest), (m.Label.Section, m.Rest));
    }

    [Theory]
    [InlineData("（二）区卫健局整改措施")]
    [InlineData("整改目标 加快推进")]
    [InlineData("区住建局：为我区散煤治理牵头单位。")]
    [InlineData("问题较多。矿山地质环境保护和土地复垦进展缓慢。")]
    [InlineData("完成情况良好")]
    public void Leaves_text_alone(string line) => Assert.Null(LabelLine.Match(line));

    [Fact]
    public void The_longest_label_wins()
    {
        Assert.Equal("整改完成情况", LabelLine.Match("整改完成情况：已完成")!.Label.Word);
        Assert.Equal("整改任务内容", LabelLine.Match("一、整改任务内容")!.Label.Word);
    }

    [Fact]
    public void The_seeds_hold_no_label_line()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(TempSite.RepoRoot, "seeds"), "*.txt"))
            Assert.All(File.ReadAllLines(seed), l => Assert.Null(LabelLine.Match(NoiseRules.Clean(l))));
    }
}
