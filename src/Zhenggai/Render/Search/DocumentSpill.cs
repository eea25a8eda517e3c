namespace Zhenggai.Render.Search;

/// <summary>
/// The spill records of a few consecutive documents, made on one thread and then appended to the
/// <see cref="PostingSpill"/> in document order (<see cref="PostingSpill.Append"/>), so documents can
/// be tokenized in parallel while each partition file stays sorted by document. Records are kept
/// by partition, in the order they were made: appending costs one copy per partition, not one per
/// record, and the bytes a partition receives do not depend on the threads.
/// </summary>
internal sealed class DocumentSpill(int partitions)
{
    private readonly VarintBuffer[] buffers = Enumerable.Range(0, partitions).Select(_ => new VarintBuffer(256)).ToArray();

    /// <summary>The records of each partition.</summary>
    public IReadOnlyList<VarintBuffer> Partitions => buffers;

    public void Clear()
    {
        foreach (var buffer in buffers) buffer.Clear();
    }

    // Each record is written into room made for it at once: a number takes at most 10 bytes.

    /// <summary>Record: document, field and kind, the token, the count, then the positions as gaps.</summary>
    public void AddPositions(int partition, int document, int field, ulong key, ReadOnlySpan<int> positions)
    {
        var buffer = buffers[partition];
        var span = buffer.GetSpan(40 + 5 * positions.Length);
        var at = 0;
        VarintBuffer.Put(span, ref at, (ulong)document);
        VarintBuffer.Put(span, ref at, (ulong)field);
        VarintBuffer.Put(span, ref at, key);
        PutPositions(span, ref at, positions);
        buffer.Advance(at);
    }

    /// <summary>A token that keeps counts only: the same record with no positions.</summary>
    public void AddCount(int partition, int document, int field, ulong key, int count)
    {
        var buffer = buffers[partition];
        var span = buffer.GetSpan(40);
        var at = 0;
        VarintBuffer.Put(span, ref at, (ulong)document);
        VarintBuffer.Put(span, ref at, (ulong)field);
        VarintBuffer.Put(span, ref at, key);
        VarintBuffer.Put(span, ref at, (ulong)count);
        buffer.Advance(at);
    }

    /// <summary>A word: its length and characters where the others have their key.</summary>
    public void AddWord(int partition, int document, int field, string word, ReadOnlySpan<int> positions)
    {
        var buffer = buffers[partition];
        var span = buffer.GetSpan(40 + 3 * word.Length + 5 * positions.Length);
        var at = 0;
        VarintBuffer.Put(span, ref at, (ulong)document);
        VarintBuffer.Put(span, ref at, (ulong)(field | 2));
        VarintBuffer.Put(span, ref at, (ulong)word.Length);
        foreach (var ch in word) VarintBuffer.Put(span, ref at, ch);
        PutPositions(span, ref at, positions);
        buffer.Advance(at);
    }

    private static void PutPositions(Span<byte> span, ref int at, ReadOnlySpan<int> positions)
    {
        VarintBuffer.Put(span, ref at, (ulong)positions.Length);
        var previous = 0;
        foreach (var p in positions)
        {
            VarintBuffer.Put(span, ref at, (ulong)(p - previous));
            previous = p;
        }
    }
}
