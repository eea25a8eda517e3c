using System.Runtime.InteropServices;

namespace Zhenggai.Write;

/// <summary>
/// Keeps a large build's output from filling the page cache (Linux). The build never reads its files
/// back, yet the kernel keeps every written byte cached: 4.6 GB at 100,000 findings, which a
/// container's memory limit counts as the build's, and which on the bench VMs had to come from memory
/// the machine had not touched before, at several times the cost (bench/README.md). Once the
/// output passes <see cref="StartBytes"/>, every <see cref="BatchBytes"/> of files written are flushed to
/// disk together (syncfs, on a thread of its own, so the writer goes on) and then dropped from the
/// cache (POSIX_FADV_DONTNEED); the writer then reuses those pages for the next files. A small site's
/// output stays cached as before.
/// </summary>
internal sealed class PageCacheRelease
{
    /// <summary>
    /// Output kept in the cache as before. Releasing costs a flush and an open per file: at 10,000
    /// findings (460 MB) releasing everything took 0.7-0.8 s more system CPU; at 100,000 findings
    /// starting at 512 MiB rather than 1 GiB released 3.7 GB instead of 2.8 and was faster in both
    /// interleaved pairs (bench/README.md).
    /// </summary>
    public const long StartBytes = 512L << 20;

    /// <summary>Files flushed and released together: one flush of the file system per batch.</summary>
    public const long BatchBytes = 128L << 20;

    private const int DontNeed = 4; // POSIX_FADV_DONTNEED on Linux

    private readonly long _startBytes, _batchBytesLimit;
    private readonly object _gate = new();
    private readonly Queue<List<(string Path, long Length)>> _batches = new();
    private List<(string Path, long Length)> _batch = new();
    private long _total, _batchBytes;
    private bool _releasing;
    private long _releasedFiles, _releasedBytes;
    private static bool _supported = OperatingSystem.IsLinux();

    public PageCacheRelease() : this(StartBytes, BatchBytes)
    {
    }

    internal PageCacheRelease(long startBytes, long batchBytes)
    {
        _startBytes = startBytes;
        _batchBytesLimit = batchBytes;
    }

    /// <summary>Whether this system takes the advice (Linux); elsewhere <see cref="Written"/> does nothing.</summary>
    public static bool Supported => _supported;

    /// <summary>Files, and their bytes, flushed and advised out of the cache so far (for the build log).</summary>
    public (long Files, long Bytes) Released => (Interlocked.Read(ref _releasedFiles), Interlocked.Read(ref _releasedBytes));

    /// <summary>Called once <paramref name="path"/> is written and closed, from any thread.</summary>
    public void Written(string path, long length)
    {
        if (!_supported) return;
        lock (_gate)
        {
            _total += length;
            if (_total <= _startBytes) return;
            _batch.Add((path, length));
            _batchBytes += length;
            if (_batchBytes < _batchBytesLimit) return;
            _batches.Enqueue(_batch);
            _batch = new List<(string Path, long Length)>();
            _batchBytes = 0;
            if (_releasing) return;
            _releasing = true;
        }
        new Thread(ReleaseBatches) { IsBackground = true, Name = "zhenggai page cache release" }.Start();
    }

    private void ReleaseBatches()
    {
        while (true)
        {
            List<(string Path, long Length)> batch;
            lock (_gate)
            {
                if (!_batches.TryDequeue(out batch!))
                {
                    _releasing = false;
                    return;
                }
            }
            Release(batch);
        }
    }

    private void Release(List<(string Path, long Length)> files)
    {
        try
        {
            // One flush of the whole file system writes the batch in large requests; a flush per
            // file (or advice on a dirty file, which starts one) costs the disk a request per file.
            using (var any = File.OpenHandle(files[0].Path, FileMode.Open, FileAccess.Read)) _ = syncfs((int)any.DangerousGetHandle());
            foreach (var (path, length) in files)
            {
                using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read))
                    _ = posix_fadvise((int)file.DangerousGetHandle(), 0, 0, DontNeed);
                Interlocked.Increment(ref _releasedFiles);
                Interlocked.Add(ref _releasedBytes, length);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Advice only: a staging folder already discarded (a failed build) leaves nothing to release.
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _supported = false;
        }
    }

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int posix_fadvise(int fd, long offset, long length, int advice);

    [DllImport("libc", EntryPoint = "syncfs")]
    private static extern int syncfs(int fd);
}
