using Zhenggai.Render.Views;

namespace Zhenggai.Render;

/// <summary>
/// Pairs measures with results when both are parallel numbered lists （一）…（五）: the same
/// top-level markers in the same order, and nothing before the first marker. Each item takes
/// the paragraphs that follow it (sub-items, department lines). Anything less regular is not
/// paired, and the page falls back to the plain parts. Derived from the text, never typed by hand.
/// </summary>
public static class MeasureResultPairing
{
    public static IReadOnlyList<PairView>? Pair(string measures, string result) =>
        Pair(BlockSplitter.Split(measures), BlockSplitter.Split(result));

    /// <summary>The same from the parts' blocks, when the caller has split them already (a finding page shows them too).</summary>
    public static IReadOnlyList<PairView>? Pair(IReadOnlyList<BlockView> measures, IReadOnlyList<BlockView> result)
    {
        var m = Items(measures);
        var r = Items(result);
        if (m is null || r is null || m.Count < 2 || m.Count != r.Count) return null;
        for (var i = 0; i < m.Count; i++)
            if (Normalise(m[i].Marker) != Normalise(r[i].Marker)) return null;
        return m.Select((item, i) => new PairView(item.Marker, item.Blocks, r[i].Blocks)).ToList();
    }

    private sealed record Item(string Marker, List<BlockView> Blocks);

    private static List<Item>? Items(IReadOnlyList<BlockView> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Level != 1) return null;
        var items = new List<Item>();
        foreach (var b in blocks)
        {
            if (b.Level == 1) items.Add(new Item(b.Marker, [b]));
            else items[^1].Blocks.Add(b);
        }
        return items;
    }

    // （一） and (一) are the same marker typed with different brackets.
    private static string Normalise(string marker) => marker.Replace('(', '（').Replace(')', '）').Trim();
}
