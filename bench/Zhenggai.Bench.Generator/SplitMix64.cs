namespace Zhenggai.Bench.Generator;

/// <summary>
/// A tiny seeded random source. System.Random's seeded sequence is not promised to stay the
/// same across .NET versions; this one is fixed by its few lines, so a corpus generated today
/// is the corpus generated next year.
/// </summary>
public sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [min, max], both included.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    /// <summary>True with probability percent/100.</summary>
    public bool Chance(int percent) => (int)(Next() % 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];

    /// <summary>Picks an item with the given integer weights.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = (int)(Next() % (ulong)total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        return items[^1].Item;
    }
}
