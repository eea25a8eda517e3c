using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Zhenggai.Write;

/// <summary>
/// Writes the build's files one at a time on a thread of its own, while the pages, the search
/// index and the open data are made on the others. On the build machines measured here, creating
/// files from several threads at once made the kernel spend more time than the writing itself
/// (system CPU doubled when the search index and the open data began writing beside the render
/// phase); one writer keeps file creation sequential and still out of the way of the work.
/// Producers block while more than <see cref="MaxPendingBytes"/> wait, so memory stays bounded.
/// The limit is small on purpose: a file that waits long survives collections and is promoted to
/// the old generation, where only a full collection frees it. With 64 MB queued, every page of a
/// 100,000-finding build was promoted and the heap grew by about 500 MB during the render phase.
/// <para>
/// The writer is the render phase's bottleneck on a large site (22,675 files at 10,000 findings),
/// so each file costs as few system calls as .NET allows: its folder is created once, not checked
/// per file; the file is created new (the staging folder always is), so there is nothing to
/// truncate; and nobody is woken who has nothing to do: the writer takes the whole queue at once,
/// and blocked producers are woken only when half the limit has drained, not after every file.
/// </para>
/// </summary>
public sealed class OutputWriter
{
    public const long MaxPendingBytes = 4L * 1024 * 1024;

    private readonly object _gate = new();
    private List<Pending> _queue = new();
    private List<Pending> _spare = new();
    // Only the writer thread reads and adds to it (one writer at a time).
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly PageCacheRelease _release = new();
    private long _pendingBytes;
    private long _enqueued, _written;
    private int _blockedProducers, _flushers;
    private long _flushWakeAt = long.MaxValue;
    private bool _running, _writerIdle;
    private Exception? _failure;

    /// <summary>Files, and their bytes, written and then dropped from the page cache (<see cref="PageCacheRelease"/>).</summary>
    public (long Files, long Bytes) ReleasedFromCache => _release.Released;

    /// <summary>
    /// Counts a file that a module wrote itself (the open data's large files) with the writer's own
    /// output, so that it too leaves the page cache once the output is large (<see cref="PageCacheRelease"/>).
    /// </summary>
    public void WrittenElsewhere(string path, long length) => _release.Written(path, length);

    /// <summary>Queues <paramref name="content"/> for <paramref name="path"/> (absolute; its folder is created).</summary>
    public void Enqueue(string path, byte[] content) => Add(new Pending(path, content, content.Length, Pooled: false));

    /// <summary>
    /// Queues the first <paramref name="length"/> bytes of <paramref name="rented"/>, an array from
    /// <see cref="ArrayPool{T}.Shared"/> that the writer now owns and returns once the file is written.
    /// For pages over the large-object heap's threshold: an exact copy of each would stay in memory
    /// until a full collection (hundreds of megabytes of list pages at 100,000 findings).
    /// </summary>
    public void EnqueueRented(string path, byte[] rented, int length) => Add(new Pending(path, rented, length, Pooled: true));

    private void Add(Pending item)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            while (_pendingBytes > MaxPendingBytes && _failure is null)
            {
                _blockedProducers++;
                Monitor.Wait(_gate);
                _blockedProducers--;
            }
            ThrowIfFailed();
            _queue.Add(item);
            _enqueued++;
            _pendingBytes += item.Length;
            if (!_running)
            {
                _running = true;
                new Thread(Drain) { IsBackground = true, Name = "zhenggai output writer" }.Start();
            }
            else if (_writerIdle) Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Waits until every file queued before this call is on disk (not those that background work
    /// queues meanwhile); rethrows the first write that failed.
    /// </summary>
    public void Flush()
    {
        lock (_gate)
        {
            var target = _enqueued;
            while (_written < target && _failure is null)
            {
                _flushers++;
                _flushWakeAt = Math.Min(_flushWakeAt, target);
                Monitor.Wait(_gate);
                _flushers--;
            }
            ThrowIfFailed();
        }
    }

    private void Drain()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                // Lingers briefly for more work, so a steady trickle of pages does not start a thread each.
                if (_queue.Count == 0 && _failure is null)
                {
                    _writerIdle = true;
                    Monitor.Wait(_gate, 50);
                    _writerIdle = false;
                }
                if (_queue.Count == 0 || _failure is not null)
                {
                    _running = false;
                    Monitor.PulseAll(_gate);
                    return;
                }
                batch = _queue;
                _queue = _spare;
            }
            for (var i = 0; i < batch.Count; i++)
            {
                var item = batch[i];
                try
                {
                    Write(item.Path, item.Content.AsSpan(0, item.Length));
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        _failure = e;
                        _queue.Clear();
                        _pendingBytes = 0;
                        _running = false;
                        Monitor.PulseAll(_gate);
                    }
                    return;
                }
                batch[i] = default;
                if (item.Pooled) ArrayPool<byte>.Shared.Return(item.Content);
                lock (_gate)
                {
                    _written++;
                    _pendingBytes -= item.Length;
                    // Producers resume in one go once half the limit has drained; a flush when its files are all written.
                    if ((_blockedProducers > 0 && _pendingBytes <= MaxPendingBytes / 2) || (_flushers > 0 && _written >= _flushWakeAt))
                    {
                        _flushWakeAt = long.MaxValue;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            batch.Clear();
            lock (_gate) _spare = batch;
        }
    }

    private void Write(string path, ReadOnlySpan<byte> content)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        if (_folders.Add(folder)) Directory.CreateDirectory(folder);
        SafeFileHandle handle;
        try
        {
            // New, so no truncation; FileShare.None takes .NET's advisory lock without first asking
            // the kernel which file system this is (as a shared lock for writing does).
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Only if something else wrote this path first (the staging folder starts empty): last write wins, as before.
            handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        using (handle) RandomAccess.Write(handle, content, 0);
        _release.Written(path, content.Length);
    }

    // A failed write drops the queue; pooled arrays in it are left to the collector.
    private readonly record struct Pending(string Path, byte[] Content, int Length, bool Pooled);

    private void ThrowIfFailed()
    {
        if (_failure is not null) throw new IOException($"writing the output failed: {_failure.Message}", _failure);
    }
}
