using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Render;

namespace Zhenggai.Tests.Officials;

public class CommitmentReviewTests
{
    private const string DataDate = "2025-03-31";

    private static CommitmentReview Review(int number, string measure, string text)
    {
        var r = SeedFindings.Get(number);
        return CommitmentReviewer.Review(r, r.Deadlines.First(c => c.Measure == measure && c.Text == text), DataDate);
    }

    [Fact]
    public void Finding8_PastDueAndThePairedResultReportsIt()
    {
        // 完成情况（一）「…进行了排查，建立了二道区汽修企业管理台账并动态更新…」
        var review = Review(8, "（一）", "2024年6月底前");
        Assert.True(review.PastDue);
        Assert.True(review.HasPairedResult);
        Assert.True(review.ReportsCompletion);
    }

    [Fact]
    public void Finding13_ANestedMeasurePairsWithTheResultOfTheSameNumberWhateverItsPunctuation()
    {
        // Measure 「1.2024年6月底前」 under （二）; result 「（二）区卫健局：」 then 「1、已统一制定…」.
        var r = SeedFindings.Get(13);
        Assert.StartsWith("已统一制定全区各级各类医疗机构医疗废物贮运登记表", CommitmentReviewer.PairedResult(r, "（二）1."));
        Assert.True(Review(13, "（二）1.", "2024年6月底前").ReportsCompletion);
    }

    [Fact]
    public void Finding25_TheLaterDeadlineHadNotPassed()
    {
        Assert.True(Review(25, "（二）", "2024年12月底前").PastDue);
        Assert.False(Review(25, "（二）", "2025年12月底前").PastDue);
    }

    [Fact]
    public void Finding7_AResultWithoutCompletionWordingIsSaidToBeSo()
    {
        // 完成情况（三）「我区组建调查小组，对辖区内粪污收集点展开全面摸底调查…」: no 已/完成/…了.
        var review = Review(7, "（三）", "2024年6月底前");
        Assert.True(review.PastDue);
        Assert.True(review.HasPairedResult);
        Assert.False(review.ReportsCompletion);
    }

    [Fact]
    public void TheDeadlineIsTheEndOfItsMonth()
    {
        var r = SeedFindings.Get(8);
        Assert.False(CommitmentReviewer.Review(r, new Commitment("（一）", "2025年3月底前", "2025-03", DeadlineExtractor.Dated), "2025-03-31").PastDue);
        Assert.True(CommitmentReviewer.Review(r, new Commitment("（一）", "2025年3月底前", "2025-03", DeadlineExtractor.Dated), "2025-04-01").PastDue);
        Assert.Null(CommitmentReviewer.Review(r, new Commitment("（一）", "立行立改", null, DeadlineExtractor.Immediate), "2025-04-01").PastDue);
        Assert.Null(CommitmentReviewer.Review(r, new Commitment("（一）", "2025年3月底前", "2025-03", DeadlineExtractor.Dated), null).PastDue);
    }

    [Fact]
    public void AMeasureWithoutAMatchingResultSaysSo()
    {
        var review = CommitmentReviewer.Review(SeedFindings.Get(8), new Commitment("（九）", "2024年6月底前", "2024-06", DeadlineExtractor.Dated), DataDate);
        Assert.False(review.HasPairedResult);
        Assert.False(review.ReportsCompletion);
    }

    [Theory]
    [InlineData("已督促企业签订合同", true)]
    [InlineData("现已完成相关建设任务", true)]
    [InlineData("建立了管理台账", true)]
    [InlineData("实现“四乱”问题动态清零", true)]
    [InlineData("部分已完成，部分尚未完成", false)]
    [InlineData("正在推进", false)]
    [InlineData("详细了解粪污收储情况", false)]
    [InlineData("为了规范管理，加强监管", false)]
    [InlineData("加强监管，督促整改", false)]
    public void CompletionWordingRule(string text, bool expected) =>
        Assert.Equal(expected, CompletionWording.ReportsCompletion(text));

    [Theory]
    [InlineData("dated", "2024-6", "ZG0702")]   // the open data's check
    [InlineData("soon", null, "ZG0703")]        // the open data's check
    [InlineData("dated", null, "ZG0830")]
    [InlineData("immediate", "2024-06", "ZG0830")]
    public void AnEditedDeadlineThatCannotBePublishedIsReported(string kind, string? due, string code)
    {
        using var site = new TestSite([SeedFindings.Get(8) with { Deadlines = [new Commitment("（一）", "2024年6月底前", due, kind)] }]);
        var ex = Assert.Throws<Zhenggai.Diagnostics.DiagnosticException>(() => site.Build());
        var d = Assert.Single(ex.Diagnostics, x => x.Code == code);
        Assert.Equal("input/findings/008.md", d.File);
    }
}
