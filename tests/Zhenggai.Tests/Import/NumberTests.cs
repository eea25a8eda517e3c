using CsCheck;
using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

public sealed class NumberTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("一十", 10)]
    [InlineData("二十", 20)]
    [InlineData("二十七", 27)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零三", 103)]
    [InlineData("一百一十", 110)]
    [InlineData("两百", 200)]
    [InlineData("一千零一十", 1010)]
    [InlineData("九千九百九十九", 9999)]
    [InlineData("一〇三", 103)]
    [InlineData("贰拾柒", 27)]
    [InlineData("14", 14)]
    [InlineData("１４", 14)]
    public void Reads_numerals(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("0")]
    [InlineData("百")]
    [InlineData("二三")]
    [InlineData("一百一")]
    [InlineData("十百")]
    [InlineData("一百零")]
    [InlineData("1十")]
    [InlineData("一万")]
    [InlineData("10000")]
    public void Refuses_what_is_not_a_number_or_is_ambiguous(string text) => Assert.False(ChineseNumber.TryParse(text, out _));

    [Fact]
    public void Every_number_written_in_chinese_reads_back()
    {
        Gen.Int[1, ChineseNumber.Max].Sample(n =>
        {
            Assert.True(ChineseNumber.TryParse(Chinese(n), out var back), Chinese(n));
            Assert.Equal(n, back);
        });
    }

    // The standard way to write 1–9999, written independently of the parser.
    private static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        string[] units = ["千", "百", "十", ""];
        var places = new[] { n / 1000, n / 100 % 10, n / 10 % 10, n % 10 };
        var sb = new System.Text.StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            if (places[i] == 0) { pendingZero = sb.Length > 0; continue; }
            if (pendingZero) sb.Append('零');
            pendingZero = false;
            if (!(i == 2 && places[i] == 1 && sb.Length == 0)) sb.Append(digits[places[i]]);
            sb.Append(units[i]);
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData("序号二十七", 27)]
    [InlineData("序号14", 14)]
    [InlineData("序号：14", 14)]
    [InlineData("序号:14", 14)]
    [InlineData("序号 14", 14)]
    [InlineData("第39号", 39)]
    [InlineData("第 39 号", 39)]
    [InlineData("第三十九号", 39)]
    [InlineData("问题编号十一", 11)]
    [InlineData("问题编号：11", 11)]
    public void Recognises_finding_labels(string line, int expected)
    {
        Assert.True(FindingNumber.IsLabel(line, out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("关于第39号反馈问题整改情况的公示")]
    [InlineData("序号")]
    [InlineData("序号二十七：部分市、区黑土地保护措施落实不严格")]
    [InlineData("第三章")]
    [InlineData("14")]
    public void Does_not_take_sentences_for_labels(string line) => Assert.False(FindingNumber.IsLabel(line, out _));

    [Fact]
    public void A_label_with_an_unreadable_numeral_is_still_a_label_so_it_can_be_reported()
    {
        Assert.True(FindingNumber.IsLabel("序号十百", out var n));
        Assert.Equal(0, n);
    }
}
