using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

public sealed class NoticeTextTests
{
    [Theory]
    [InlineData("公示期：2025年4月1日至2025年4月7日。")]
    [InlineData("公示时间:2025年3月20日—2025年3月26日")]
    [InlineData("公示期间如对整改情况有异议，请反映。")]
    [InlineData("如对上述整改情况有异议，请致电。")]
    [InlineData("联系电话：0431-84600000")]
    [InlineData("联系人：区住建局 张某")]
    public void Recognises_notice_openings(string line) => Assert.True(NoticeText.Starts(line));

    [Theory]
    [InlineData("联系电话已在村委会公布，群众反映问题已全部办结。")]
    [InlineData("公示牌已更换10处。")]
    [InlineData("（一）公示期满后销号。")]
    public void Leaves_result_sentences_alone(string line) => Assert.False(NoticeText.Starts(line));

    [Fact]
    public void A_result_sentence_about_a_telephone_line_stays_in_the_result()
    {
        using var site = TempSite.WithSettings();
        site.Write("seeds/a.txt", "序号3\n整改任务：问题。\n整改目标：目标。\n整改措施：措施。\n完成情况：已开通热线。\n联系电话已在村委会公布。\n联系电话：0431-84600000\n");
        Imported.Run(site);
        var r = Imported.Record(site, 3);
        Assert.Equal("已开通热线。\n联系电话已在村委会公布。", r.Result);
        Assert.Equal("联系电话：0431-84600000", r.SourceNote);
    }
}
