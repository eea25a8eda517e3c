using System.Diagnostics;
using Zhenggai.Diagnostics;

namespace Zhenggai.Pipeline;

/// <summary>
/// Runs modules phase by phase. After each phase, errors stop the build: nothing is
/// written or published from a build that already knows it is wrong.
/// </summary>
public sealed class SitePipeline
{
    private readonly List<IModule> _modules = [];

    public SitePipeline Add(IModule module)
    {
        _modules.Add(module);
        return this;
    }

    public IReadOnlyList<IModule> Modules => _modules;

    public void Run(BuildContext context, Action<BuildPhase>? onPhase = null)
    {
        try
        {
            RunPhases(context, onPhase);
        }
        catch
        {
            // Background work writes into the staging folder the caller is about to discard.
            context.Background.Abandon();
            try
            {
                context.Writer.Flush();
            }
            catch (IOException)
            {
                // The build is failing for another reason, which is the one to report.
            }
            throw;
        }
    }

    private void RunPhases(BuildContext context, Action<BuildPhase>? onPhase)
    {
        foreach (var phase in Enum.GetValues<BuildPhase>())
        {
            var waited = Stopwatch.StartNew();
            context.Background.FinishBefore(phase, context.Diagnostics);
            // Files written so far must be on disk before the phases that list and read them; earlier
            // phases go on while background work keeps the writer busy.
            if (phase >= BuildPhase.Write) context.Writer.Flush();
            if (waited.ElapsedMilliseconds >= 100) context.Log.Enqueue($"  waited {waited.ElapsedMilliseconds} ms for background work before {phase}");
            context.Diagnostics.ThrowIfErrors();
            var trimmed = HeapTrim.IfLarge();
            if (trimmed > 0) context.Log.Enqueue($"  collected the heap in {trimmed} ms before {phase}");
            onPhase?.Invoke(phase);
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var modules = _modules.Where(m => m.Phase == phase).ToList();
            context.Progress?.Invoke(new BuildProgress(phase, 0, modules.Count));
            for (var i = 0; i < modules.Count; i++)
            {
                var started = clock.ElapsedMilliseconds;
                modules[i].Execute(context);
                // A module's garbage goes before the next one's arrives (the checks read the whole output in turn).
                HeapTrim.IfGrown();
                // Per module as well, for the ones that cost something: where a build's time goes.
                var took = clock.ElapsedMilliseconds - started;
                if (took >= 100) context.Log.Enqueue($"  {modules[i].GetType().Name}: {took} ms");
                context.Progress?.Invoke(new BuildProgress(phase, i + 1, modules.Count));
            }
            // Background work may be waiting on the records, from a reader that failed or a pipeline without one.
            if (phase == BuildPhase.Read) context.RecordFeed.Close(context.Diagnostics.HasErrors ? null : context.Records);
            var (trims, trimMs) = HeapTrim.TakeGrownTrims();
            if (trims > 0) context.Log.Enqueue($"  collected the heap {trims} times in {trimMs} ms during {phase}");
            // CPU time and allocation next to wall time: on a shared machine wall time alone misleads.
            context.Log.Enqueue($"{phase}: {clock.ElapsedMilliseconds} ms (cpu {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:0} ms, "
                + $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / (1024 * 1024)} MB, "
                // Workstation collections stop every thread: on two cores their pauses are wall time lost twice over.
                + $"{GC.CollectionCount(0) - collections} collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms)");
            context.Diagnostics.ThrowIfErrors();
        }
        context.Background.FinishBefore(BuildPhase.Check + 1, context.Diagnostics);
        context.Writer.Flush();
        context.Diagnostics.ThrowIfErrors();
    }
}
