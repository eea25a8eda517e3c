using System.Buffers.Binary;

namespace Zhenggai.Render.Search;

/// <summary>
/// The spill records of a few consecutive documents, made on one thread and then appended to the
/// <see cref="PostingSpill"/> in document order (<see cref="PostingSpill.Append"/>), so documents can
/// be tokenized in parallel while each partition file stays sorted by document. Records are kept
/// by partition, in the order they were made: appending costs one copy per partition, not one per
/// record, and the bytes a partition receives do not depend on the threads.
/// <para>
/// A partition's records are in groups, one per field of a document that has tokens in it: the
/// document and field once (a varint, document × 2 + field), then the records, then a 0. A record
/// starts with a varint of its count times 8 plus its kind (<see cref="Kind"/>, never 0), then the
/// token: code points of the Basic Multilingual Plane as two bytes each, anything else as its
/// tokenizer key. A token without positions has its count in that first varint. A token with
/// positions has there the length in bytes of what follows the token instead: its count and its
/// positions already as <see cref="PostingString"/> characters (the first position absolute, the
/// rest as gaps), which the second pass copies into the postings as they are, without reading them
/// (scanning them for their end was a sixth of the gather loop). A record of a triple of Han characters with one occurrence
/// is thus 7 bytes, where one with the document, field and key as varints was 14: the spill was about
/// half triples, and its size was the documents pass's system time and a large part of the
/// partitions pass's reading.
/// </para>
/// </summary>
internal sealed class DocumentSpill
{
    /// <summary>What follows a record's count: how its token is written.</summary>
    public static class Kind
    {
        public const int End = 0;
        public const int Single = 1;
        public const int Pair = 2;
        public const int Triple = 3;
        public const int Phrase = 4;
        public const int Word = 5;
        /// <summary>Any other key (a code point beyond the BMP): the tokenizer key as a varint.</summary>
        public const int Key = 6;
    }

    /// <summary>
    /// One partition's records, and the stamp of the field whose group was last opened in it. A
    /// struct in one array, not a buffer object per partition: every record used to reach its bytes
    /// through the array of buffers, the buffer and its array's header, three dependent loads, and
    /// the field's group stamp from a fourth array.
    /// </summary>
    private struct Partition
    {
        public byte[] Bytes;
        public int Length;
        public int Stamp;
    }

    private readonly Partition[] parts;
    private readonly int[] touched;
    private int touchedCount;
    private int stamp;
    private ulong groupHeader;

    public DocumentSpill(int partitions)
    {
        parts = new Partition[partitions];
        for (var p = 0; p < partitions; p++) parts[p].Bytes = new byte[256];
        touched = new int[partitions];
    }

    public int PartitionCount => parts.Length;

    /// <summary>The records of one partition.</summary>
    public ReadOnlySpan<byte> Records(int partition) => parts[partition].Bytes.AsSpan(0, parts[partition].Length);

    public void Clear()
    {
        for (var p = 0; p < parts.Length; p++) parts[p].Length = 0;
    }

    /// <summary>Starts the records of one field of a document; <see cref="EndField"/> closes its groups.</summary>
    public void BeginField(int document, int field)
    {
        if (++stamp == int.MaxValue)
        {
            for (var p = 0; p < parts.Length; p++) parts[p].Stamp = 0;
            stamp = 1;
        }
        touchedCount = 0;
        groupHeader = (ulong)document * 2 + (ulong)field;
    }

    public void EndField()
    {
        for (var i = 0; i < touchedCount; i++)
        {
            ref var part = ref parts[touched[i]];
            Room(ref part, 1)[0] = Kind.End;
            part.Length++;
        }
    }

    // Each record is written into room made for it at once: a varint takes at most 10 bytes, a
    // position at most 5 characters (21 bits).

    /// <summary>A pair or phrase: the length of its count and positions, its key, the count, then the positions.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddPositions(int partition, ulong key, ReadOnlySpan<int> positions)
    {
        ref var part = ref Open(partition);
        var span = Room(ref part, 36 + 5 * positions.Length);
        // The first varint holds the length of what comes last: one byte is left for it, enough for
        // most records (under 16 bytes of count and positions), and the record is moved up when it is not.
        var at = 1;
        int kind;
        if (SearchTokenizer.IsPhrase(key))
        {
            kind = Kind.Phrase;
            VarintBuffer.Put(span, ref at, (ulong)SearchTokenizer.PhraseIndexOf(key));
        }
        else if (SearchTokenizer.PairFirst(key) < 0x10000 && SearchTokenizer.PairSecond(key) < 0x10000)
        {
            kind = Kind.Pair;
            BinaryPrimitives.WriteUInt32LittleEndian(span[1..], (uint)SearchTokenizer.PairFirst(key) | ((uint)SearchTokenizer.PairSecond(key) << 16));
            at = 5;
        }
        else
        {
            kind = Kind.Key;
            VarintBuffer.Put(span, ref at, key);
        }
        var tokenEnd = at;
        PutPositions(span, ref at, positions);
        part.Length += PutHead(span, at, ((ulong)(at - tokenEnd) << 3) | (uint)kind);
    }

    /// <summary>A single character or a triple, which keep counts only.</summary>
    /// <remarks>This and <see cref="AddPositions"/> are inlined into the indexer's loops, which call them once per token of every field: the calls' set-up was a tenth of their cost.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddCount(int partition, ulong key, int count)
    {
        ref var part = ref Open(partition);
        var span = Room(ref part, 24);
        var at = 0;
        if (SearchTokenizer.IsTriple(key))
        {
            int a = SearchTokenizer.TripleFirst(key), b = SearchTokenizer.TripleSecond(key), c = SearchTokenizer.TripleThird(key);
            if ((a | b | c) < 0x10000)
            {
                // Most counts are under 16: the head is one byte and the whole record one 8-byte write
                // (its last byte is past the record, in the room made for it, and is written over next).
                if (count < 16)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(span,
                        ((ulong)count << 3) | Kind.Triple | ((ulong)a << 8) | ((ulong)b << 24) | ((ulong)c << 40));
                    part.Length += 7;
                    return;
                }
                VarintBuffer.Put(span, ref at, ((ulong)count << 3) | Kind.Triple);
                PutChar(span, ref at, a);
                PutChar(span, ref at, b);
                PutChar(span, ref at, c);
                part.Length += at;
                return;
            }
        }
        else if (key < 0x10000)
        {
            if (count < 16)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span, ((uint)count << 3) | Kind.Single | ((uint)key << 8));
                part.Length += 3;
                return;
            }
            VarintBuffer.Put(span, ref at, ((ulong)count << 3) | Kind.Single);
            PutChar(span, ref at, (int)key);
            part.Length += at;
            return;
        }
        VarintBuffer.Put(span, ref at, ((ulong)count << 3) | Kind.Key);
        VarintBuffer.Put(span, ref at, key);
        part.Length += at;
    }

    /// <summary>A word: its length and characters (all in the BMP: <see cref="SearchText"/>) where the others have their key.</summary>
    public void AddWord(int partition, string word, ReadOnlySpan<int> positions)
    {
        ref var part = ref Open(partition);
        var span = Room(ref part, 36 + 2 * word.Length + 5 * positions.Length);
        var at = 1; // the head's byte, as in AddPositions
        VarintBuffer.Put(span, ref at, (ulong)word.Length);
        foreach (var ch in word) PutChar(span, ref at, ch);
        var tokenEnd = at;
        PutPositions(span, ref at, positions);
        part.Length += PutHead(span, at, ((ulong)(at - tokenEnd) << 3) | Kind.Word);
    }

    /// <summary>
    /// Writes <paramref name="head"/> in front of a record written from offset 1 to <paramref name="end"/>,
    /// moving the record up when the head takes more than that byte; returns the record's length.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PutHead(Span<byte> span, int end, ulong head)
    {
        if (head < 0x80)
        {
            span[0] = (byte)head;
            return end;
        }
        return PutLongHead(span, end, head);
    }

    // Kept out of the inlined path, and without a buffer on the stack: profiled, a stack buffer's
    // zeroing and a stalled copy through it made the head cost more than the rest of the record.
    private static int PutLongHead(Span<byte> span, int end, ulong head)
    {
        var length = 1;
        for (var rest = head >> 7; rest != 0; rest >>= 7) length++;
        span[1..end].CopyTo(span[length..]);
        var at = 0;
        VarintBuffer.Put(span, ref at, head);
        return end - 1 + length;
    }

    /// <summary>The partition's records, with the field's group opened there if this is its first record.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Partition Open(int partition)
    {
        ref var part = ref parts[partition];
        if (part.Stamp != stamp) OpenGroup(ref part, partition);
        return ref part;
    }

    private void OpenGroup(ref Partition part, int partition)
    {
        part.Stamp = stamp;
        touched[touchedCount++] = partition;
        var span = Room(ref part, 10);
        var at = 0;
        VarintBuffer.Put(span, ref at, groupHeader);
        part.Length += at;
    }

    /// <summary>Room for <paramref name="size"/> bytes at the end of the partition's records, to write and then count in its length.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Span<byte> Room(ref Partition part, int size)
    {
        if (part.Length + size > part.Bytes.Length) Grow(ref part, part.Length + size);
        return part.Bytes.AsSpan(part.Length);
    }

    private static void Grow(ref Partition part, int needed)
    {
        var next = new byte[Math.Max(part.Bytes.Length * 2, needed)];
        part.Bytes.AsSpan(0, part.Length).CopyTo(next);
        part.Bytes = next;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void PutChar(Span<byte> span, ref int at, int ch)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)ch);
        at += 2;
    }

    /// <summary>The count (as the postings hold it), then the positions.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void PutPositions(Span<byte> span, ref int at, ReadOnlySpan<int> positions)
    {
        PostingString.Put(span, ref at, (uint)positions.Length);
        var previous = 0;
        foreach (var p in positions)
        {
            PostingString.Put(span, ref at, (uint)(p - previous));
            previous = p;
        }
    }
}
