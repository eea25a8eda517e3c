namespace Zhenggai.Render.Search;

/// <summary>
/// Groups one field's tokens by key while it is tokenized: each distinct key gets a slot, numbered
/// from 0 in order of first occurrence, with the number of its occurrences. Open addressing over
/// an array that is reused from field to field (emptied by a new stamp, not cleared): the index
/// builder looks up about three keys per character of every finding, and a
/// <see cref="Dictionary{TKey, TValue}"/> was a large part of the documents pass.
/// </summary>
internal sealed class TokenSlots
{
    /// <summary>
    /// A key, its slot and the stamp of the field it was added in, side by side: a lookup reads one
    /// cache line of one array. Profiled, with keys, slots and stamps in three arrays, the load of
    /// the stamp (a miss in the first-level cache: a field's table is about 100 KB) was the slowest
    /// instruction of the documents pass, and each probe touched three lines.
    /// </summary>
    private struct Entry
    {
        public ulong Key;
        public int Slot;
        public int Stamp;
    }

    private Entry[] table = new Entry[1024];
    private int stamp = 1;
    private int shift = 64 - 10;

    /// <summary>Each slot's key.</summary>
    public ulong[] Keys { get; private set; } = new ulong[512];

    /// <summary>Each slot's number of occurrences.</summary>
    public int[] Counts { get; private set; } = new int[512];

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        if (++stamp == int.MaxValue)
        {
            Array.Clear(table);
            stamp = 1;
        }
    }

    /// <summary>Counts one occurrence of <paramref name="key"/> and returns its slot.</summary>
    public int Add(ulong key)
    {
        var entries = table;
        var mask = entries.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            ref var entry = ref entries[i];
            if (entry.Stamp != stamp) return Insert(ref entry, key);
            if (entry.Key == key)
            {
                var slot = entry.Slot;
                Counts[slot]++;
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    private int Insert(ref Entry entry, ulong key)
    {
        if (Count * 2 >= table.Length)
        {
            Grow();
            return Add(key);
        }
        entry.Stamp = stamp;
        entry.Key = key;
        var slot = Count++;
        entry.Slot = slot;
        if (slot == Keys.Length)
        {
            var keys = Keys;
            var counts = Counts;
            Array.Resize(ref keys, slot * 2);
            Array.Resize(ref counts, slot * 2);
            Keys = keys;
            Counts = counts;
        }
        Keys[slot] = key;
        Counts[slot] = 1;
        return slot;
    }

    private void Grow()
    {
        var size = table.Length * 2;
        table = new Entry[size];
        stamp = 1;
        shift--;
        var mask = size - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var key = Keys[slot];
            var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (table[i].Stamp == stamp) i = (i + 1) & mask;
            table[i] = new Entry { Key = key, Slot = slot, Stamp = stamp };
        }
    }
}
