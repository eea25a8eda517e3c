namespace Zhenggai.Render.Search;

/// <summary>First pass for one document: tokenizes its title and body and spills each token's positions.</summary>
internal sealed class DocumentIndexer(PostingSpill spill, int partitions)
{
    public const int BodyField = 0;
    public const int TitleField = 1;

    private readonly SearchTokenizer tokenizer = new();
    private readonly uint mask = (uint)partitions - 1;
    private int[] positions = new int[64];

    /// <summary>Spills the document's tokens; returns the name of a part too long to index, or null.</summary>
    public string? Add(int ordinal, SearchDocument doc)
    {
        // Parts are joined by a line break: white space, so no token spans two parts.
        var body = string.Join('\n', doc.Fields.Select(f => f.Text));
        if (!Index(ordinal, TitleField, doc.Title)) return "title";
        if (!Index(ordinal, BodyField, body)) return "text";
        return null;
    }

    private bool Index(int ordinal, int field, string text)
    {
        if (tokenizer.Tokenize(text) >= SearchTokenizer.MaxPositions) return false;

        var keyed = tokenizer.Keyed;
        keyed.Sort();
        for (var i = 0; i < keyed.Count;)
        {
            var key = SearchTokenizer.KeyOf(keyed[i]);
            var n = 0;
            for (; i < keyed.Count && SearchTokenizer.KeyOf(keyed[i]) == key; i++)
                Push(ref n, SearchTokenizer.PositionOf(keyed[i]));
            spill.AddKeyed((int)(SearchTokenizer.HashKey(key) & mask), ordinal, field, key, positions.AsSpan(0, n), SearchTokenizer.IsPositional(key));
        }

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
