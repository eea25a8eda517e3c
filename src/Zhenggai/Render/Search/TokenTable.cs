namespace Zhenggai.Render.Search;

/// <summary>
/// A partition's tokens by key while its spill is gathered: open addressing over arrays, as in
/// <see cref="TokenSlots"/>. The second pass looks up one key per spill record (tens of millions at
/// 10,000 findings), and a <see cref="Dictionary{TKey, TValue}"/> was its largest cost after reading.
/// </summary>
internal sealed class TokenTable(System.Buffers.ArrayPool<byte> pool)
{
    private ulong[] keys = new ulong[1024];
    private TokenPostings?[] values = new TokenPostings?[1024];
    private int shift = 64 - 10;

    public int Count { get; private set; }

    /// <summary>The postings of <paramref name="key"/>, made on its first record.</summary>
    public TokenPostings Get(ulong key)
    {
        var mask = keys.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            var postings = values[i];
            if (postings is null)
            {
                if (Count * 2 >= keys.Length)
                {
                    Grow();
                    return Get(key);
                }
                keys[i] = key;
                values[i] = postings = new TokenPostings(SearchTokenizer.IsPositional(key), pool);
                Count++;
                return postings;
            }
            if (keys[i] == key) return postings;
            i = (i + 1) & mask;
        }
    }

    /// <summary>Every key with its postings, in no particular order.</summary>
    public IEnumerable<(ulong Key, TokenPostings Postings)> Entries()
    {
        for (var i = 0; i < keys.Length; i++)
            if (values[i] is { } postings) yield return (keys[i], postings);
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        keys = new ulong[oldKeys.Length * 2];
        values = new TokenPostings?[keys.Length];
        shift--;
        var mask = keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldValues[j] is not { } postings) continue;
            var i = (int)((oldKeys[j] * 0x9E3779B97F4A7C15UL) >> shift);
            while (values[i] is not null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = postings;
        }
    }
}
