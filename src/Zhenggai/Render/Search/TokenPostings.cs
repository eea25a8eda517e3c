namespace Zhenggai.Render.Search;

/// <summary>
/// One token's postings while a partition is built, already in the order and encoding the index
/// files use: per document the gap from the previous document, the count, then (for positional
/// tokens) the positions, the first absolute and the rest as gaps. Title and body are kept apart
/// because a title match ranks first.
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

    /// <summary>Copies one spill record (count and position gaps) from <paramref name="reader"/>.</summary>
    public void Add(int document, int field, ref VarintBuffer.Reader reader)
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
        buffer.Write((ulong)gap);
        var count = reader.Next();
        buffer.Write(count);
        if (!Positional) return;
        for (var i = 0UL; i < count; i++) buffer.Write(reader.Next());
    }
}
