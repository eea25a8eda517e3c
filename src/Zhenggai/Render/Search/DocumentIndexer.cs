using System.Runtime.InteropServices;

namespace Zhenggai.Render.Search;

/// <summary>
/// First pass for one document: tokenizes its title and body and records each token's positions in a
/// <see cref="DocumentSpill"/>. One indexer per thread; documents may be indexed in any order.
/// </summary>
internal sealed class DocumentIndexer(int partitions)
{
    public const int BodyField = 0;
    public const int TitleField = 1;

    private readonly SearchTokenizer tokenizer = new();
    private readonly uint mask = (uint)partitions - 1;
    private readonly Dictionary<ulong, int> slots = new();
    private readonly Dictionary<ulong, int> tripleCounts = new();
    private int[] positions = new int[64];
    private int[] slotOf = new int[64];
    private int[] starts = new int[64];
    private int[] counts = new int[64];
    private ulong[] keys = new ulong[64];

    /// <summary>Frequent phrases, indexed with positions like pairs; set before the first document is added.</summary>
    public PhraseTable Phrases { get; set; } = PhraseTable.Empty;

    /// <summary>Records the document's tokens in <paramref name="spill"/> (cleared first); returns the name of a part too long to index, or null.</summary>
    public string? Add(int ordinal, SearchDocument doc, DocumentSpill spill)
    {
        spill.Clear();
        // Parts are joined by a line break: white space, so no token spans two parts.
        var body = string.Join('\n', doc.Fields.Select(f => f.Text));
        if (!Index(spill, ordinal, TitleField, doc.Title)) return "title";
        if (!Index(spill, ordinal, BodyField, body)) return "text";
        return null;
    }

    private bool Index(DocumentSpill spill, int ordinal, int field, string text)
    {
        if (tokenizer.Tokenize(text) >= SearchTokenizer.MaxPositions) return false;

        // Group positions by key with a hash map rather than a sort: linear, and positions come out
        // in text order. The order tokens are spilled in within a document does not matter.
        var keyed = tokenizer.Keyed;
        Phrases.CollectIn(tokenizer.Folded, keyed);
        slots.Clear();
        if (slotOf.Length < keyed.Count) slotOf = new int[keyed.Count * 2];
        var distinct = 0;
        for (var i = 0; i < keyed.Count; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, SearchTokenizer.KeyOf(keyed[i]), out var exists);
            if (!exists)
            {
                if (distinct == counts.Length)
                {
                    Array.Resize(ref counts, distinct * 2);
                    Array.Resize(ref keys, distinct * 2);
                }
                keys[distinct] = SearchTokenizer.KeyOf(keyed[i]);
                counts[distinct] = 0;
                slot = distinct++;
            }
            counts[slot]++;
            slotOf[i] = slot;
        }
        if (starts.Length < distinct + 1) starts = new int[(distinct + 1) * 2];
        starts[0] = 0;
        for (var k = 0; k < distinct; k++) starts[k + 1] = starts[k] + counts[k];
        if (positions.Length < keyed.Count) positions = new int[keyed.Count * 2];
        for (var k = 0; k < distinct; k++) counts[k] = starts[k];
        for (var i = 0; i < keyed.Count; i++) positions[counts[slotOf[i]]++] = SearchTokenizer.PositionOf(keyed[i]);
        for (var k = 0; k < distinct; k++)
        {
            var key = keys[k];
            var hash = SearchTokenizer.IsPhrase(key) ? Phrases.BucketHashes[SearchTokenizer.PhraseIndexOf(key)] : SearchTokenizer.HashKey(key);
            spill.AddKeyed((int)(hash & mask), ordinal, field, key,
                positions.AsSpan(starts[k], starts[k + 1] - starts[k]), SearchTokenizer.IsPositional(key));
        }

        tripleCounts.Clear();
        foreach (var key in tokenizer.Triples)
            CollectionsMarshal.GetValueRefOrAddDefault(tripleCounts, key, out _)++;
        foreach (var (key, count) in tripleCounts)
            spill.AddCount((int)(SearchTokenizer.HashKey(key) & mask), ordinal, field, key, count);

        var words = tokenizer.Words;
        words.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Token, b.Token);
            return c != 0 ? c : a.Position.CompareTo(b.Position);
        });
        for (var i = 0; i < words.Count;)
        {
            var token = words[i].Token;
            var n = 0;
            for (; i < words.Count && words[i].Token == token; i++) Push(ref n, words[i].Position);
            spill.AddWord((int)(SearchTokenizer.Hash(token) & mask), ordinal, field, token, positions.AsSpan(0, n));
        }
        return true;
    }

    private void Push(ref int n, int position)
    {
        if (n == positions.Length) Array.Resize(ref positions, n * 2);
        positions[n++] = position;
    }
}
