namespace Zhenggai.Render.Search;

/// <summary>
/// One document's spill records, made on any thread and then appended to the <see cref="PostingSpill"/>
/// in document order (<see cref="PostingSpill.Append"/>), so documents can be tokenized in parallel
/// while each partition file stays sorted by document. Records are kept in the order they were made,
/// each tagged with its partition: the bytes a partition receives do not depend on the threads.
/// </summary>
internal sealed class DocumentSpill
{
    private readonly VarintBuffer buffer = new(4096);
    private readonly List<(int Partition, int Start, int Length)> records = new();

    public VarintBuffer Buffer => buffer;

    public IReadOnlyList<(int Partition, int Start, int Length)> Records => records;

    public void Clear()
    {
        buffer.Clear();
        records.Clear();
    }

    /// <summary>Record: document, field and kind, the token, the count, then (for positional tokens) the positions as gaps.</summary>
    public void AddKeyed(int partition, int document, int field, ulong key, ReadOnlySpan<int> positions, bool positional)
    {
        var start = buffer.Length;
        buffer.Write((ulong)document);
        buffer.Write((ulong)field);
        buffer.Write(key);
        WritePositions(positions, positional);
        records.Add((partition, start, buffer.Length - start));
    }

    /// <summary>A token that keeps counts only: the same record with no positions.</summary>
    public void AddCount(int partition, int document, int field, ulong key, int count)
    {
        var start = buffer.Length;
        buffer.Write((ulong)document);
        buffer.Write((ulong)field);
        buffer.Write(key);
        buffer.Write((ulong)count);
        records.Add((partition, start, buffer.Length - start));
    }

    public void AddWord(int partition, int document, int field, string word, ReadOnlySpan<int> positions)
    {
        var start = buffer.Length;
        buffer.Write((ulong)document);
        buffer.Write((ulong)(field | 2));
        buffer.Write((ulong)word.Length);
        foreach (var ch in word) buffer.Write(ch);
        WritePositions(positions, positional: true);
        records.Add((partition, start, buffer.Length - start));
    }

    private void WritePositions(ReadOnlySpan<int> positions, bool positional)
    {
        buffer.Write((ulong)positions.Length);
        if (!positional) return;
        var previous = 0;
        foreach (var p in positions)
        {
            buffer.Write((ulong)(p - previous));
            previous = p;
        }
    }
}
