using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;

namespace Zhenggai.Tests.Site;

public class BackgroundWorkTests
{
    [Fact]
    public void Background_work_leaves_the_pool_threads_for_a_parallel_loop_beside_it()
    {
        var work = new BackgroundWork();
        var ran = false;
        work.Start(BuildPhase.Write, () => ran = true);
        work.FinishBefore(BuildPhase.Write, new DiagnosticBag());
        Assert.True(ran);
        // The pool would otherwise start two threads on two cores, and the index's loop waited behind the render's.
        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.True(workers >= 4 * Environment.ProcessorCount, $"{workers} pool threads at least");
    }

    [Fact]
    public void Abandoning_cancels_work_still_running()
    {
        var work = new BackgroundWork();
        var token = work.Cancellation;
        work.Start(BuildPhase.Write, () => Task.Delay(Timeout.Infinite, token).Wait());
        work.Abandon();
        Assert.True(token.IsCancellationRequested);
    }
}
