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
    private int[] positions = new int[256];
    private int[] starts = new int[256];
    private int[] cursors = new int[256];

    /// <summary>Frequent phrases, indexed with positions like pairs; set before the first document is added.</summary>
    public PhraseTable Phrases { get; set; } = PhraseTable.Empty;

    /// <summary>Appends the document's tokens to <paramref name="spill"/>; returns the name of a part too long to index, or null.</summary>
    public string? Add(int ordinal, SearchDocument doc, DocumentSpill spill)
    {
        tokenizer.Begin();
        tokenizer.Append(doc.Title);
        if (!Index(spill, ordinal, TitleField)) return "title";
        // Parts are joined by a line break: white space, so no token spans two parts.
        tokenizer.Begin();
        for (var i = 0; i < doc.Fields.Count; i++)
        {
            if (i > 0) tokenizer.Append("\n");
            tokenizer.Append(doc.Fields[i].Text);
        }
        if (!Index(spill, ordinal, BodyField)) return "text";
        return null;
    }

    private bool Index(DocumentSpill spill, int ordinal, int field)
    {
        if (tokenizer.Tokenize(Phrases) >= SearchTokenizer.MaxPositions) return false;

        // Positions grouped by token with a counting sort over the slots: linear, each token's in
        // text order. The order tokens are spilled in within a document does not matter.
        var slots = tokenizer.Slots;
        var keys = slots.Keys;
        var counts = slots.Counts;
        var distinct = slots.Count;
        if (starts.Length < distinct + 1)
        {
            starts = new int[(distinct + 1) * 2];
            cursors = new int[starts.Length];
        }
        var total = 0;
        for (var k = 0; k < distinct; k++)
        {
            starts[k] = total;
            total += counts[k];
        }
        starts[distinct] = total;
        if (positions.Length < total) positions = new int[total * 2];
        Array.Copy(starts, cursors, distinct);
        var occurrenceSlots = tokenizer.OccurrenceSlots;
        var occurrencePositions = tokenizer.OccurrencePositions;
        for (var i = 0; i < occurrenceSlots.Length; i++) positions[cursors[occurrenceSlots[i]]++] = occurrencePositions[i];

        spill.BeginField(ordinal, field);
        for (var k = 0; k < distinct; k++)
        {
            var key = keys[k];
            if (SearchTokenizer.IsWord(key))
            {
                spill.AddWord((int)(tokenizer.WordHash(key) & mask), tokenizer.WordText(key), positions.AsSpan(starts[k], counts[k]));
            }
            else
            {
                var hash = SearchTokenizer.IsPhrase(key) ? Phrases.BucketHashes[SearchTokenizer.PhraseIndexOf(key)] : SearchTokenizer.HashKey(key);
                spill.AddPositions((int)(hash & mask), key, positions.AsSpan(starts[k], counts[k]));
            }
        }
        var countSlots = tokenizer.CountSlots;
        var countKeys = countSlots.Keys;
        var countCounts = countSlots.Counts;
        for (var k = 0; k < countSlots.Count; k++)
        {
            var key = countKeys[k];
            spill.AddCount((int)(SearchTokenizer.HashKey(key) & mask), key, countCounts[k]);
        }
        spill.EndField();
        return true;
    }
}
