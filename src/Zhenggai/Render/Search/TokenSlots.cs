namespace Zhenggai.Render.Search;

/// <summary>
/// Groups one field's tokens by key while it is tokenized: each distinct key gets a slot, numbered
/// from 0 in order of first occurrence, with the number of its occurrences. Open addressing over
/// arrays that are reused from field to field (emptied by a new stamp, not cleared): the index
/// builder looks up about three keys per character of every finding, and a
/// <see cref="Dictionary{TKey, TValue}"/> was a large part of the documents pass.
/// </summary>
internal sealed class TokenSlots
{
    private ulong[] tableKeys = new ulong[1024];
    private int[] tableSlots = new int[1024];
    private int[] tableStamps = new int[1024];
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
            Array.Clear(tableStamps);
            stamp = 1;
        }
    }

    /// <summary>Counts one occurrence of <paramref name="key"/> and returns its slot.</summary>
    public int Add(ulong key)
    {
        var mask = tableKeys.Length - 1;
        var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            if (tableStamps[i] != stamp)
            {
                if (Count * 2 >= tableKeys.Length)
                {
                    Grow();
                    return Add(key);
                }
                tableStamps[i] = stamp;
                tableKeys[i] = key;
                var slot = Count++;
                tableSlots[i] = slot;
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
            if (tableKeys[i] == key)
            {
                var slot = tableSlots[i];
                Counts[slot]++;
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        var size = tableKeys.Length * 2;
        tableKeys = new ulong[size];
        tableSlots = new int[size];
        tableStamps = new int[size];
        stamp = 1;
        shift--;
        var mask = size - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var key = Keys[slot];
            var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (tableStamps[i] == stamp) i = (i + 1) & mask;
            tableStamps[i] = stamp;
            tableKeys[i] = key;
            tableSlots[i] = slot;
        }
    }
}
