namespace Zhenggai.Render.Search;

/// <summary>
/// One token's postings while a partition is built, already as the <see cref="PostingString"/> the index
/// files hold: per document the gap from the previous document, the count, then (for positional
/// tokens) the positions, the first absolute and the rest as gaps. Title and body are kept apart
/// because a title match ranks first. The spill holds positions in the same characters, so a
/// record's positions are copied, not decoded and encoded again, and the entry is written as it is.
/// </summary>
internal sealed class TokenPostings(bool positional, System.Buffers.ArrayPool<byte>? pool = null)
{
    private int lastBodyDocument;
    private int lastTitleDocument;

    public bool Positional { get; } = positional;

    public VarintBuffer Body { get; } = new(8, pool);

    public VarintBuffer Title { get; } = new(0, pool);

    public int BodyDocuments { get; private set; }

    public int TitleDocuments { get; private set; }

    /// <summary>Gives the postings' pooled arrays back once the token's files are made; the postings are empty after it.</summary>
    public void Release()
    {
        Body.Release();
        Title.Release();
    }

    /// <summary>Adds one document's count and its positions (<see cref="PostingString"/> characters, empty for a token without positions).</summary>
    public void Add(int document, int field, int count, ReadOnlySpan<byte> positions)
    {
        var buffer = field == 0 ? Body : Title;
        var gap = field == 0 ? document - lastBodyDocument : document - lastTitleDocument;
        if (field == 0)
        {
            lastBodyDocument = document;
            BodyDocuments++;
        }
        else
        {
            lastTitleDocument = document;
            TitleDocuments++;
        }
        var span = buffer.GetSpan(26 + positions.Length);
        var at = 0;
        PostingString.Put(span, ref at, (ulong)gap);
        PostingString.Put(span, ref at, (ulong)count);
        positions.CopyTo(span[at..]);
        buffer.Advance(at + positions.Length);
    }
}
