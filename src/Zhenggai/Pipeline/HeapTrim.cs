using System.Diagnostics;
using System.Runtime;

namespace Zhenggai.Pipeline;

/// <summary>
/// A full, compacting collection at the few points where a large build has just dropped most of
/// what it allocated (between phases; when the search index turns from reading documents to
/// writing partitions). Left to itself the collector lets the heap grow to about twice what is
/// live before it collects, and at 100,000 findings that slack, not live data, decided the peak.
/// Small builds skip it: below <see cref="MinHeapBytes"/> it would cost more than it frees.
/// </summary>
public static class HeapTrim
{
    public const long MinHeapBytes = 512L * 1024 * 1024;

    /// <summary>Collects if the heap is large; returns the milliseconds it took (0 when skipped).</summary>
    public static long IfLarge()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes < MinHeapBytes) return 0;
        var clock = Stopwatch.StartNew();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return clock.ElapsedMilliseconds;
    }
}
