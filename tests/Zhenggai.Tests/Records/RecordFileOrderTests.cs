using CsCheck;
using Zhenggai.Records;

namespace Zhenggai.Tests.Records;

public class RecordFileOrderTests
{
    [Fact]
    public void Number_names_sort_by_value_before_other_names()
    {
        string[] names = ["a.md", "10000.md", "1001.md", "B.md", "999.md", "007.md", "0.md", "1000.md", "7.md", "01x.md"];
        var sorted = names.Select(n => "/site/input/findings/" + n).Order(RecordFileOrder.Instance).Select(Path.GetFileName);
        Assert.Equal(["0.md", "007.md", "7.md", "999.md", "1000.md", "1001.md", "10000.md", "01x.md", "B.md", "a.md"], sorted);
    }

    [Fact]
    public void The_importers_names_sort_by_their_numbers()
    {
        Gen.Int[1, 2_000_000].Array[0, 60].Sample(numbers =>
        {
            var sorted = numbers.Distinct().Select(n => RecordFile.FileName(n)).Order(RecordFileOrder.Instance).Select(f => int.Parse(Path.GetFileNameWithoutExtension(f)));
            Assert.Equal(numbers.Distinct().Order(), sorted);
        });
    }

    [Fact]
    public void The_order_is_total_and_consistent()
    {
        var name = Gen.OneOf(Gen.Int[0, 100_000].Select(n => n.ToString("D" + (n % 3 + 1)) + ".md"), Gen.String[Gen.Char["0123456789abzABZ"], 1, 6].Select(s => s + ".md"));
        Gen.Select(name, name, name).Sample((a, b, c) =>
        {
            var order = RecordFileOrder.Instance;
            Assert.Equal(Math.Sign(order.Compare(a, b)), -Math.Sign(order.Compare(b, a)));
            Assert.Equal(a == b, order.Compare(a, b) == 0);
            if (order.Compare(a, b) <= 0 && order.Compare(b, c) <= 0) Assert.True(order.Compare(a, c) <= 0);
        });
    }
}
