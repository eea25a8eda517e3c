using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zhenggai.Render.Search;

/// <summary>
/// A partition's tokens and their postings while its spill is gathered (the second pass adds one
/// record to them per spill record: about 35 million at 10,000 findings). Each token has a number;
/// an open-addressing table maps keys to numbers, and the postings' state (array, length, capacity,
/// last document) is kept in dense arrays by number, title apart from body. Profiled, the gather loop
/// was bound by three dependent cache misses per record (the table entry, the token's postings object,
/// its array's header), not by its arithmetic; here a record reads the small table and two dense
/// arrays that stay in the first-level cache, and only writes to its postings' array.
/// Postings are <see cref="PostingString"/> characters as the index files hold them (<see cref="TokenPostings"/>).
/// </summary>
internal sealed class PartitionPostings(ArrayPool<byte> pool)
{
    /// <summary>One field's postings of one token.</summary>
    private struct Postings
    {
        public byte[]? Bytes;
        public int Length;
        public int Capacity;
        public int LastDocument;
    }

    // Token number + 1 by key hash; 0 is empty.
    private int[] table = new int[1024];
    private int shift = 64 - 10;
    private ulong[] keys = new ulong[256];
    private string?[] words = new string?[256];
    private Postings[] bodies = new Postings[256];
    private Postings[] titles = new Postings[256];

    public int Count { get; private set; }

    /// <summary>The number of the token with <paramref name="key"/> (a <see cref="SearchTokenizer"/> key), given on its first record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdOf(ulong key)
    {
        var slots = table;
        var mask = slots.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            var id = slots[i] - 1;
            if (id < 0) return Insert(key);
            if (keys[id] == key) return id;
            i = (i + 1) & mask;
        }
    }

    /// <summary>A new number for a word (a letter or digit run), which the caller looks up by its text.</summary>
    public int AddWord(string word)
    {
        var id = NewId(0);
        words[id] = word;
        return id;
    }

    /// <summary>Adds a document's count to a token without positions (one or three characters).</summary>
    public void AddCount(int id, int field, int document, int count)
    {
        ref var postings = ref (field == 0 ? ref bodies[id] : ref titles[id]);
        var at = Begin(ref postings, document, 0);
        ref var bytes = ref Data(postings.Bytes);
        Put(ref bytes, ref at, (uint)count);
        postings.Length = at;
    }

    /// <summary>
    /// Adds a document's count and positions to a token with positions: <paramref name="payload"/> is
    /// both, already as <see cref="PostingString"/> characters (<see cref="DocumentSpill"/>).
    /// </summary>
    public void AddPositions(int id, int field, int document, ReadOnlySpan<byte> payload)
    {
        ref var postings = ref (field == 0 ? ref bodies[id] : ref titles[id]);
        var at = Begin(ref postings, document, payload.Length);
        ref var bytes = ref Data(postings.Bytes);
        // Most payloads are a few bytes: a loop beats a call to the general copy.
        if (payload.Length <= 16)
        {
            for (var k = 0; k < payload.Length; k++) Unsafe.Add(ref bytes, at + k) = payload[k];
        }
        else
        {
            payload.CopyTo(postings.Bytes!.AsSpan(at));
        }
        postings.Length = at + payload.Length;
    }

    /// <summary>Every token: its key (0 for a word), its word (null for a keyed token), and its postings, which then belong to the caller.</summary>
    public IEnumerable<(ulong Key, string? Word, TokenPostings Postings)> Tokens()
    {
        for (var id = 0; id < Count; id++)
        {
            var word = words[id];
            var body = bodies[id];
            var title = titles[id];
            var positional = word is not null || SearchTokenizer.IsPositional(keys[id]);
            yield return (keys[id], word, new TokenPostings(positional, body.Bytes ?? [], body.Length, title.Bytes ?? [], title.Length, pool));
        }
    }

    /// <summary>
    /// Makes room for the document's gap, a count (at most 7 characters each: 31 bits) and
    /// <paramref name="extra"/> bytes, writes the gap, and returns where the rest goes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Begin(ref Postings postings, int document, int extra)
    {
        var at = postings.Length;
        if (at + 14 + extra > postings.Capacity) Grow(ref postings, at + 14 + extra);
        // From here on every write is within Capacity, which is the array's length.
        Put(ref Data(postings.Bytes), ref at, (uint)(document - postings.LastDocument));
        postings.LastDocument = document;
        return at;
    }

    /// <summary>
    /// The array's first element, with an explicit null test: GetArrayDataReference alone tests by
    /// reading the array's header, and profiled, that read (a cache line the append does not otherwise
    /// touch: Capacity stands in for the array's length) was the slowest instruction of the append.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte Data(byte[]? bytes)
    {
        if (bytes is null) ThrowNoRoom();
        return ref MemoryMarshal.GetArrayDataReference(bytes);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNoRoom() => throw new InvalidOperationException("postings written before room was made for them");

    /// <summary><see cref="PostingString.Put"/> into room already made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref byte bytes, ref int at, uint value)
    {
        ReadOnlySpan<byte> alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8;
        while (value >= 32)
        {
            Unsafe.Add(ref bytes, at++) = alphabet[32 + (int)(value & 31)];
            value >>= 5;
        }
        Unsafe.Add(ref bytes, at++) = alphabet[(int)value];
    }

    // The same sizes as before the postings lived here: a fresh array until VarintBuffer.PooledFrom, then the build's pool.
    private void Grow(ref Postings postings, int needed)
    {
        var size = Math.Max(Math.Max(postings.Capacity * 2, needed), 16);
        var next = size >= VarintBuffer.PooledFrom ? pool.Rent(size) : new byte[size];
        if (postings.Bytes is { } old)
        {
            old.AsSpan(0, postings.Length).CopyTo(next);
            if (old.Length >= VarintBuffer.PooledFrom) pool.Return(old);
        }
        postings.Bytes = next;
        postings.Capacity = next.Length;
    }

    private int Insert(ulong key)
    {
        if ((Count + 1) * 2 > table.Length) GrowTable();
        var id = NewId(key);
        Place(key, id);
        return id;
    }

    private int NewId(ulong key)
    {
        var id = Count++;
        if (id == keys.Length)
        {
            Array.Resize(ref keys, id * 2);
            Array.Resize(ref words, id * 2);
            Array.Resize(ref bodies, id * 2);
            Array.Resize(ref titles, id * 2);
        }
        keys[id] = key;
        return id;
    }

    private void Place(ulong key, int id)
    {
        var mask = table.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = id + 1;
    }

    private void GrowTable()
    {
        table = new int[table.Length * 2];
        shift--;
        for (var id = 0; id < Count; id++)
            if (words[id] is null) Place(keys[id], id);
    }
}
