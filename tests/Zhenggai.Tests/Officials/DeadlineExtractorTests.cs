using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Tests.Officials;

/// <summary>Deadlines pinned by hand after reading the seeds.</summary>
public class DeadlineExtractorTests
{
    private static IReadOnlyList<Commitment> Deadlines(int number) =>
        DeadlineExtractor.Find(SeedFindings.PlainRecords.Single(r => r.Number == number), 2025);

    private static Commitment D(string measure, string text, string due) => new(measure, text, due, DeadlineExtractor.Dated);

    [Fact]
    public void Finding8_OneDeadlinePerMeasure()
    {
        Assert.Equal(
        [
            D("（一）", "2024年6月底前", "2024-06"),
            D("（二）", "2024年9月底前", "2024-09"),
            D("（三）", "2024年12月底前", "2024-12"),
            D("（四）", "2024年12月底前", "2024-12"),
            D("（五）", "2024年12月底前", "2024-12"),
        ], Deadlines(8));
    }

    [Fact]
    public void Finding13_NestedMeasuresKeepTheirFullNumber()
    {
        Assert.Equal(
        [
            D("（一）", "2024年6月底前", "2024-06"),
            D("（二）1.", "2024年6月底前", "2024-06"),
            D("（二）2.", "2024年4月底前", "2024-04"),
            D("（二）4.", "2024年12月底前", "2024-12"),
        ], Deadlines(13));
    }

    [Fact]
    public void Finding25_TwoDeadlinesInOneMeasureAndTheTargetIsNotRepeated()
    {
        // Target: 「2024年年底前…，2025年年底前…」 says the same as measure （二）.
        Assert.Equal([D("（二）", "2024年12月底前", "2024-12"), D("（二）", "2025年12月底前", "2025-12")], Deadlines(25));
    }

    [Fact]
    public void Finding23_AMonthWithoutYearInTheTargetTakesTheFallbackYear()
    {
        // Target: 「在完成整治任务后，8月底前，我区持续开展…」; the measures name no deadline.
        Assert.Equal([D(DeadlineExtractor.TargetMeasure, "8月底前", "2025-08")], Deadlines(23));
        Assert.Equal("2024-08", DeadlineExtractor.Find(SeedFindings.PlainRecords.Single(r => r.Number == 23), 2024)[0].Due);
    }

    [Fact]
    public void Finding11_AnUnnumberedMeasure()
    {
        Assert.Equal([D("", "2024年8月底前", "2024-08")], Deadlines(11));
    }

    [Fact]
    public void Finding7_AYearInADocumentTitleIsNotADeadline()
    {
        // （一）2024年4月底前，制定《二道区 2024年畜禽粪污资源化利用春季集中治理专项行动方案》
        Assert.Equal([D("（一）", "2024年4月底前", "2024-04"), D("（三）", "2024年6月底前", "2024-06")], Deadlines(7));
    }

    [Fact]
    public void FindingsWithoutDeadlines()
    {
        Assert.Empty(Deadlines(1));
        Assert.Empty(Deadlines(4));
        Assert.Empty(Deadlines(20));
    }

    [Fact]
    public void EveryDeadlineFoundIsWrittenInItsFinding()
    {
        var total = 0;
        foreach (var r in SeedFindings.Records)
            foreach (var c in r.Deadlines)
            {
                total++;
                var part = c.Measure == DeadlineExtractor.TargetMeasure ? r.Target : r.Measures;
                Assert.Contains(c.Text, part);
                Assert.Matches(@"^20[0-9]{2}-(0[1-9]|1[0-2])$", c.Due!);
            }
        Assert.Equal(35, total);
    }

    private static FindingRecord Record(string measures, string target = "目标。") => new()
    {
        Number = 1, Label = "序号一", Title = "t", Status = FindingStatus.Completed, Report = "r", Source = "s",
        Problem = "问题。", Target = target, Measures = measures, Result = "已完成。",
    };

    [Fact]
    public void AMonthWithoutYearTakesTheNearestYearBeforeIt()
    {
        var r = Record("（一）2023年启动排查，8月底前完成。\n（二）9月底前建立台账。\n（三）2024年继续，6月30日前验收，7月1日前报送。");
        Assert.Equal(
        [
            D("（一）", "8月底前", "2023-08"),
            D("（二）", "9月底前", "2023-09"),
            D("（三）", "6月30日前", "2024-06"),
            D("（三）", "7月1日前", "2024-06"),
        ], DeadlineExtractor.Find(r, 2030));
    }

    [Fact]
    public void ImmediateOngoingAndYearEndWordings()
    {
        var r = Record("（一）立行立改，清理堆放点。\n（二）长期坚持巡查。\n（三）2024年年底前完成；2025年底前巩固。");
        Assert.Equal(
        [
            new Commitment("（一）", "立行立改", null, DeadlineExtractor.Immediate),
            new Commitment("（二）", "长期坚持", null, DeadlineExtractor.Ongoing),
            D("（三）", "2024年年底前", "2024-12"),
            D("（三）", "2025年底前", "2025-12"),
        ], DeadlineExtractor.Find(r, 2030));
    }

    [Fact]
    public void DatesThatPromiseNothingAreNotDeadlines()
    {
        var r = Record("（一）2024年4月底，我区制定方案。\n（二）2024年1至3月期间开展培训。\n1.5公顷耕地6月10日前往核查。");
        Assert.Empty(DeadlineExtractor.Find(r, 2030));
    }

    [Fact]
    public void DecimalNumbersAreNotMeasureNumbers()
    {
        var outline = MeasureOutline.Parse("（一）总体\n1.5公顷已复垦\n2.2024年6月底前完成\n2、继续");
        Assert.Equal(["（一）", "（一）", "（一）2.", "（一）2、"], outline.Select(i => i.Path));
        Assert.Equal("1:1/2:2", outline[3].Key);
        Assert.Equal("1:1/2:2", MeasureOutline.KeyOf("（一）2."));
    }
}
