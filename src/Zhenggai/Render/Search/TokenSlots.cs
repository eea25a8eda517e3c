namespace Zhenggai.Render.Search;

/// <summary>
/// Groups one field's tokens by key while it is tokenized: each distinct key gets a slot, numbered
/// from 0 in order of first occurrence, with the number of its occurrences. Open addressing over
/// arrays that are reused from field to field: the index builder looks up about three keys per
/// character of every finding, and a <see cref="Dictionary{TKey, TValue}"/> was a large part of the
/// documents pass.
/// </summary>
internal sealed class TokenSlots
{
    // Slot + 1 by key hash; 0 is empty. The key is checked in Keys, by slot. Four bytes a place keep a
    // field's table small enough for the first-level cache most of the time: profiled, with the key,
    // the slot and a stamp in each place (16 bytes, about 100 KB for a finding's body), the table's
    // loads missed that cache and were the slowest instructions of the documents pass.
    private int[] table = new int[1024];
    private int shift = 64 - 10;

    // Each slot's place in the table, so that emptying it for the next field costs one write per distinct key.
    private int[] places = new int[512];

    /// <summary>Each slot's key.</summary>
    public ulong[] Keys { get; private set; } = new ulong[512];

    /// <summary>Each slot's number of occurrences.</summary>
    public int[] Counts { get; private set; } = new int[512];

    public int Count { get; private set; }

    public void Clear()
    {
        var t = table;
        var p = places;
        for (var slot = 0; slot < Count; slot++) t[p[slot]] = 0;
        Count = 0;
    }

    /// <summary>Counts one occurrence of <paramref name="key"/> and returns its slot.</summary>
    public int Add(ulong key)
    {
        var t = table;
        var keys = Keys;
        var mask = t.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            var slot = t[i] - 1;
            if (slot < 0) return Insert(i, key);
            if (keys[slot] == key)
            {
                Counts[slot]++;
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    private int Insert(int place, ulong key)
    {
        if (Count * 2 >= table.Length)
        {
            Grow();
            return Add(key);
        }
        var slot = Count++;
        if (slot == Keys.Length)
        {
            var keys = Keys;
            var counts = Counts;
            Array.Resize(ref keys, slot * 2);
            Array.Resize(ref counts, slot * 2);
            Array.Resize(ref places, slot * 2);
            Keys = keys;
            Counts = counts;
        }
        table[place] = slot + 1;
        places[slot] = place;
        Keys[slot] = key;
        Counts[slot] = 1;
        return slot;
    }

    private void Grow()
    {
        var size = table.Length * 2;
        table = new int[size];
        shift--;
        var mask = size - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var i = (int)((Keys[slot] * 0x9E3779B97F4A7C15UL) >> shift);
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = slot + 1;
            places[slot] = i;
        }
    }
}
