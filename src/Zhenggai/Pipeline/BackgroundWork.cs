using Zhenggai.Diagnostics;

namespace Zhenggai.Pipeline;

/// <summary>
/// Work a module starts in one phase and the pipeline finishes before a later one. The search
/// index is the case: nothing rendered depends on it, and building it on its own thread while
/// the pages render puts the core that the single-threaded index left idle to use. The pipeline
/// waits for it before the phase that needs its files, and before discarding a failed build
/// (the work writes into the staging folder).
/// </summary>
public sealed class BackgroundWork
{
    private readonly List<(BuildPhase NeededBy, Task Task)> _running = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _abandoned = new();

    /// <summary>Cancelled when the build fails: work that is still running can stop, as nothing it makes will be published.</summary>
    public CancellationToken Cancellation => _abandoned.Token;

    /// <summary>Starts <paramref name="work"/> now; it must be done before <paramref name="neededBy"/> starts.</summary>
    public void Start(BuildPhase neededBy, Action work)
    {
        EnsurePoolThreads();
        // A thread of its own: the work runs for most of the build and may wait for records being
        // read, which would otherwise hold one of the few pool threads the read itself runs on.
        lock (_gate) _running.Add((neededBy, Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
    }

    /// <summary>
    /// Waits for the work needed by <paramref name="phase"/> (and any earlier phase). Diagnostics it
    /// threw join <paramref name="diagnostics"/>, as if it had run in the foreground; other exceptions
    /// are rethrown.
    /// </summary>
    public void FinishBefore(BuildPhase phase, DiagnosticBag diagnostics)
    {
        List<(BuildPhase NeededBy, Task Task)> due;
        lock (_gate)
        {
            due = _running.Where(w => w.NeededBy <= phase).ToList();
            _running.RemoveAll(w => w.NeededBy <= phase);
        }
        Exception? failure = null;
        foreach (var (_, task) in due)
        {
            try
            {
                task.GetAwaiter().GetResult();
            }
            catch (DiagnosticException e)
            {
                foreach (var d in e.Diagnostics) diagnostics.Add(d);
            }
            catch (Exception e)
            {
                failure ??= e;
            }
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>
    /// Background work runs its own parallel loops (the search index's batches) beside the foreground's
    /// (reading records, rendering pages), and every loop's workers come from the thread pool, which on a
    /// two-core machine starts two and adds more only slowly: a loop whose workers were queued behind the
    /// other loop's waited, and at 10,000 findings the index's documents pass took 5.6–7.1 s instead of
    /// 1.5–2.2 s in about half the builds, then held up the write phase for a second. A floor of four
    /// threads per core lets both loops run at once; the kernel shares the cores between them.
    /// </summary>
    private static void EnsurePoolThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = 4 * Environment.ProcessorCount;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, io);
    }

    /// <summary>Waits for everything still running and ignores how it ended; for a build that already failed.</summary>
    public void Abandon()
    {
        _abandoned.Cancel();
        Task[] tasks;
        lock (_gate)
        {
            tasks = _running.Select(w => w.Task).ToArray();
            _running.Clear();
        }
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            // The build is failing for another reason, which is the one to report.
        }
    }
}
