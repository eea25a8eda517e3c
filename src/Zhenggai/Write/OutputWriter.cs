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
/// </summary>
public sealed class OutputWriter
{
    public const long MaxPendingBytes = 4L * 1024 * 1024;

    private readonly Queue<(string Path, byte[] Content)> _queue = new();
    private readonly object _gate = new();
    private long _pendingBytes;
    private long _enqueued, _written;
    private bool _running;
    private Exception? _failure;

    /// <summary>Queues <paramref name="content"/> for <paramref name="path"/> (absolute; its folder is created).</summary>
    public void Enqueue(string path, byte[] content)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            while (_pendingBytes > MaxPendingBytes && _failure is null) Monitor.Wait(_gate);
            ThrowIfFailed();
            _queue.Enqueue((path, content));
            _enqueued++;
            _pendingBytes += content.LongLength;
            if (!_running)
            {
                _running = true;
                new Thread(Drain) { IsBackground = true, Name = "zhenggai output writer" }.Start();
            }
            else Monitor.PulseAll(_gate);
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
            while (_written < target && _failure is null) Monitor.Wait(_gate);
            ThrowIfFailed();
        }
    }

    private void Drain()
    {
        while (true)
        {
            (string Path, byte[] Content) item;
            lock (_gate)
            {
                // Lingers briefly for more work, so a steady trickle of pages does not start a thread each.
                if (_queue.Count == 0) Monitor.Wait(_gate, 50);
                if (_queue.Count == 0 || _failure is not null)
                {
                    _running = false;
                    Monitor.PulseAll(_gate);
                    return;
                }
                item = _queue.Peek();
            }
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(item.Path)!);
                File.WriteAllBytes(item.Path, item.Content);
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
            lock (_gate)
            {
                _queue.Dequeue();
                _written++;
                _pendingBytes -= item.Content.LongLength;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null) throw new IOException($"writing the output failed: {_failure.Message}", _failure);
    }
}
