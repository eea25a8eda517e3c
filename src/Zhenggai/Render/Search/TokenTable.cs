namespace Zhenggai.Render.Search;

/// <summary>
/// A partition's tokens by key while its spill is gathered: open addressing over arrays, as in
/// <see cref="TokenSlots"/>. The second pass looks up one key per spill record (tens of millions at
/// 10,000 findings), and a <see cref="Dictionary{TKey, TValue}"/> was its largest cost after reading.
/// </summary>
internal sealed class TokenTable(System.Buffers.ArrayPool<byte> pool)
{
    // Key and postings side by side: one cache line per probe.
    private struct Entry
    {
        public ulong Key;
        public TokenPostings? Postings;
    }

    private Entry[] entries = new Entry[1024];
    private int shift = 64 - 10;

    public int Count { get; private set; }

    /// <summary>The postings of <paramref name="key"/>, made on its first record.</summary>
    public TokenPostings Get(ulong key)
    {
        var table = entries;
        var mask = table.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            ref var entry = ref table[i];
            if (entry.Postings is not { } postings)
            {
                if (Count * 2 >= table.Length)
                {
                    Grow();
                    return Get(key);
                }
                entry.Key = key;
                entry.Postings = postings = new TokenPostings(SearchTokenizer.IsPositional(key), pool);
                Count++;
                return postings;
            }
            if (entry.Key == key) return postings;
            i = (i + 1) & mask;
        }
    }

    /// <summary>Every key with its postings, in no particular order.</summary>
    public IEnumerable<(ulong Key, TokenPostings Postings)> Entries()
    {
        for (var i = 0; i < entries.Length; i++)
            if (entries[i].Postings is { } postings) yield return (entries[i].Key, postings);
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        shift--;
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Postings is null) continue;
            var i = (int)((entry.Key * 0x9E3779B97F4A7C15UL) >> shift);
            while (entries[i].Postings is not null) i = (i + 1) & mask;
            entries[i] = entry;
        }
    }
}
