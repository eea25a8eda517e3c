namespace Zhenggai.Records;

/// <summary>
/// The records while <see cref="RecordStore"/> is still reading them, in the order it reads the
/// files (by number where the names are numbers), for work that need not wait for the whole read
/// phase. The search index is the case: it tokenizes each finding as soon as it is read, on the core
/// the read leaves idle while it waits for the disk, instead of starting after the read and outlasting
/// the render phase (at 100,000 findings the build used to wait 10–13 s for it).
/// The reader opens the feed with the number of files, sets each as it is read and closes it with
/// the validated records, or with null when the read failed; the pipeline closes it at the end of the
/// read phase in any case, so a consumer never waits for a reader that is not there.
/// </summary>
public sealed class RecordFeed
{
    // Monitor rather than System.Threading.Lock: consumers wait on it.
    private readonly object _gate = new();
    private FindingRecord?[] _records = [];
    private bool[] _ready = [];
    private int _count = -1;
    private int _awaited = -1;
    private bool _closed;
    private IReadOnlyList<FindingRecord>? _all;

    /// <summary>The reader knows how many files it will read; call once, before <see cref="Set"/>.</summary>
    public void Open(int count)
    {
        lock (_gate)
        {
            if (_closed || _count >= 0) return;
            _records = new FindingRecord?[count];
            _ready = new bool[count];
            _count = count;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The file at <paramref name="index"/> in reading order is read; null when it had errors.</summary>
    public void Set(int index, FindingRecord? record)
    {
        lock (_gate)
        {
            _records[index] = record;
            _ready[index] = true;
            if (_awaited == index) Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// The read is over: <paramref name="records"/> are all of them, validated and in number order,
    /// or null when the read failed. Only the first call counts.
    /// </summary>
    public void Close(IReadOnlyList<FindingRecord>? records)
    {
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            _all = records;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The number of files being read, or null when the feed was closed without being opened.</summary>
    public int? WaitForCount(CancellationToken cancel)
    {
        using var woken = cancel.Register(Wake);
        lock (_gate)
        {
            while (_count < 0 && !_closed)
            {
                cancel.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
            cancel.ThrowIfCancellationRequested();
            return _count >= 0 ? _count : null;
        }
    }

    /// <summary>
    /// Each record as soon as it and every file before it are read. Throws
    /// <see cref="OperationCanceledException"/> when the read stops before the last file, as a failed
    /// read does; the build is then stopping. Only after <see cref="WaitForCount"/> returned a count.
    /// </summary>
    public IEnumerable<FindingRecord> InReadingOrder(CancellationToken cancel)
    {
        for (var i = 0; i < _count; i++)
            if (Take(i, cancel) is { } record) yield return record;
    }

    /// <summary>All records in number order once the read is over, or null when it failed.</summary>
    public IReadOnlyList<FindingRecord>? WaitForAll(CancellationToken cancel)
    {
        using var woken = cancel.Register(Wake);
        lock (_gate)
        {
            while (!_closed)
            {
                cancel.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
            cancel.ThrowIfCancellationRequested();
            return _all;
        }
    }

    private FindingRecord? Take(int index, CancellationToken cancel)
    {
        lock (_gate)
        {
            if (_ready[index]) return _records[index];
        }
        using var woken = cancel.Register(Wake);
        lock (_gate)
        {
            _awaited = index;
            while (!_ready[index])
            {
                cancel.ThrowIfCancellationRequested();
                // A feed closed before this file was read belongs to a read that failed.
                if (_closed) throw new OperationCanceledException("the records were not all read");
                Monitor.Wait(_gate);
            }
            _awaited = -1;
            return _records[index];
        }
    }

    private void Wake()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
