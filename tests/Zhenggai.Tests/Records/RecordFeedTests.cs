using Zhenggai.Records;

namespace Zhenggai.Tests.Records;

public class RecordFeedTests
{
    private static FindingRecord Record(int n) => new()
    {
        Number = n, Label = $"序号{n}", Title = "标题", Themes = ["water"], Status = "已完成",
        Report = "r", Source = "s", Problem = "问题", Target = "目标", Measures = "措施", Result = "结果",
    };

    [Fact]
    public async Task Records_come_out_in_reading_order_whatever_order_they_are_read_in()
    {
        var feed = new RecordFeed();
        feed.Open(200);
        var setter = Task.Run(() =>
        {
            // Later files first, from two threads, and one file with errors (null).
            Parallel.ForEach(Enumerable.Range(0, 200).Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                Thread.SpinWait(100 * (i % 7));
                feed.Set(i, i == 50 ? null : Record(i + 1));
            });
        });
        Assert.Equal(200, feed.WaitForCount(CancellationToken.None));
        var numbers = feed.InReadingOrder(CancellationToken.None).Select(r => r.Number).ToList();
        await setter;
        Assert.Equal(Enumerable.Range(1, 200).Where(n => n != 51), numbers);
    }

    [Fact]
    public async Task A_read_that_stops_early_stops_its_consumer()
    {
        var feed = new RecordFeed();
        feed.Open(3);
        feed.Set(0, Record(1));
        var consumer = Task.Run(() => feed.InReadingOrder(CancellationToken.None).Count());
        Thread.Sleep(50);
        feed.Close(null);
        await Assert.ThrowsAsync<OperationCanceledException>(() => consumer.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Null(feed.WaitForAll(CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_build_wakes_a_waiting_consumer()
    {
        var feed = new RecordFeed();
        feed.Open(2);
        using var cancel = new CancellationTokenSource();
        var consumer = Task.Run(() => feed.InReadingOrder(cancel.Token).Count());
        var waiting = Task.Run(() => feed.WaitForAll(cancel.Token));
        Thread.Sleep(50);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumer.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_feed_nobody_opened_gives_no_count_and_the_records_it_was_closed_with()
    {
        var feed = new RecordFeed();
        var count = Task.Run(() => feed.WaitForCount(CancellationToken.None));
        Thread.Sleep(20);
        IReadOnlyList<FindingRecord> records = [Record(1), Record(2)];
        feed.Close(records);
        Assert.Null(await count.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Same(records, feed.WaitForAll(CancellationToken.None));
        // Only the first close counts: the pipeline closes the feed again at the end of the read phase.
        feed.Close(null);
        Assert.Same(records, feed.WaitForAll(CancellationToken.None));
    }
}
