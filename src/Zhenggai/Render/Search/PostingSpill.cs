namespace Zhenggai.Render.Search;

/// <summary>
/// Temporary files between the two passes of the build: the first pass appends each document's
/// tokens to the partition of their hash; the second pass reads one partition at a time.
/// Documents arrive in order, so each partition file is already sorted by document.
/// </summary>
internal sealed class PostingSpill : IDisposable
{
    private const int FlushBytes = 1 << 16;

    private readonly string directory;
    private readonly VarintBuffer[] buffers;
    private readonly FileStream[] files;

    public PostingSpill(string? tempRoot, int partitions)
    {
        directory = Path.Combine(tempRoot ?? Path.GetTempPath(), "zhenggai-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        buffers = new VarintBuffer[partitions];
        files = new FileStream[partitions];
        for (var p = 0; p < partitions; p++)
        {
            buffers[p] = new VarintBuffer(1024);
            files[p] = new FileStream(Path.Combine(directory, p + ".bin"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 12);
        }
    }

    public long BytesWritten { get; private set; }

    /// <summary>Appends a few documents' records to their partitions; documents must come in order.</summary>
    public void Append(DocumentSpill documents)
    {
        for (var p = 0; p < documents.PartitionCount; p++)
        {
            var records = documents.Records(p);
            if (records.Length == 0) continue;
            buffers[p].Append(records);
            FlushIfFull(p);
        }
    }

    /// <summary>Writes out what is buffered; after it, partitions may be read from several threads at once.</summary>
    public void FlushAll()
    {
        for (var p = 0; p < files.Length; p++) Flush(p);
    }

    /// <summary>The partition's spill in an array of <paramref name="pool"/> (<paramref name="length"/> bytes of it); give it back once read.</summary>
    public byte[] ReadPartition(int partition, System.Buffers.ArrayPool<byte> pool, out int length)
    {
        if (buffers[partition].Length > 0) throw new InvalidOperationException("FlushAll before reading partitions");
        var file = files[partition];
        length = checked((int)file.Length);
        var bytes = pool.Rent(length);
        file.Position = 0;
        file.ReadExactly(bytes, 0, length);
        file.SetLength(0);
        return bytes;
    }

    public void Dispose()
    {
        foreach (var file in files) file?.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the build over it is not.
        }
    }

    private void FlushIfFull(int partition)
    {
        if (buffers[partition].Length >= FlushBytes) Flush(partition);
    }

    private void Flush(int partition)
    {
        var buffer = buffers[partition];
        buffer.CopyTo(files[partition]);
        BytesWritten += buffer.Length;
        buffer.Clear();
    }
}
