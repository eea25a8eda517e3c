using System.Diagnostics;
using System.Runtime;

namespace Zhenggai.Pipeline;

/// <summary>
/// A full, compacting collection at the few points where a large build has just dropped most of
/// what it allocated (between phases; when the search index turns from reading documents to
/// writing partitions), and within a long phase (after each module, every 1 % of the render
/// phase, after each search partition) whenever the heap has grown by half past what the
/// last such collection left (<see cref="IfGrown"/>). Left to itself the collector lets the heap
/// grow to about twice what is live before it collects, and at 100,000 findings that slack, not
/// live data, decided the peak. Small builds skip it: below <see cref="MinHeapBytes"/> it would
/// cost more than it frees.
/// </summary>
public static class HeapTrim
{
    public const long MinHeapBytes = 512L * 1024 * 1024;

    /// <summary>
    /// How far the heap may grow past what the last trim left before <see cref="IfGrown"/> trims again.
    /// 100,000 findings, the Native AOT tool: 1.25 made 13 trims in the process and render phases (about
    /// 4 s) for a 1,594 MiB peak; 1.5 made 3 (1.1 s) for 1,663 MiB, still well under 2 GB (bench/README.md).
    /// </summary>
    public const double GrowthFactor = 1.5;

    private static readonly object Gate = new();
    private static long _afterLastTrim;
    private static int _grownCount;
    private static long _grownMilliseconds;

    /// <summary>Collects if the heap is large; returns the milliseconds it took (0 when skipped).</summary>
    public static long IfLarge()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes < MinHeapBytes) return 0;
        return Collect();
    }

    /// <summary>
    /// Collects when the heap is large and has grown by <see cref="GrowthFactor"/> since the last trim;
    /// cheap enough to call every few hundred pages from any thread. Returns the milliseconds it took.
    /// </summary>
    public static long IfGrown()
    {
        var size = GC.GetTotalMemory(forceFullCollection: false);
        if (size < MinHeapBytes || size < Volatile.Read(ref _afterLastTrim) * GrowthFactor) return 0;
        // One thread collects; the others go on (they stop for the collection anyway).
        if (!Monitor.TryEnter(Gate)) return 0;
        try
        {
            if (GC.GetTotalMemory(false) < Volatile.Read(ref _afterLastTrim) * GrowthFactor) return 0;
            var took = Collect();
            Interlocked.Increment(ref _grownCount);
            Interlocked.Add(ref _grownMilliseconds, took);
            return took;
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    /// <summary>The trims <see cref="IfGrown"/> made since the last call, and their milliseconds; for the build log.</summary>
    public static (int Count, long Milliseconds) TakeGrownTrims() =>
        (Interlocked.Exchange(ref _grownCount, 0), Interlocked.Exchange(ref _grownMilliseconds, 0));

    private static long Collect()
    {
        var clock = Stopwatch.StartNew();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Volatile.Write(ref _afterLastTrim, GC.GetTotalMemory(false));
        return clock.ElapsedMilliseconds;
    }
}
