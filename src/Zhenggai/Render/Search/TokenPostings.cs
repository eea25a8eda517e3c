using System.Buffers;

namespace Zhenggai.Render.Search;

/// <summary>
/// One token's postings while a partition is built, already as the <see cref="PostingString"/> the index
/// files hold: per document the gap from the previous document, the count, then (for positional
/// tokens) the positions, the first absolute and the rest as gaps. Title and body are kept apart
/// because a title match ranks first. The spill holds positions in the same characters, so a
/// record's positions are copied, not decoded and encoded again, and the entry is written as it is.
/// The arrays are fields of this object, not of buffer objects of their own: the second pass adds
/// to the postings of tokens all over the partition, and each object less to reach was a cache miss less.
/// Once an array outgrows <see cref="VarintBuffer.PooledFrom"/> it comes from the index build's own
/// pool (the postings of common tokens reach megabytes at 100,000 findings); <see cref="Release"/>
/// gives it back when the token's files are made.
/// </summary>
internal sealed class TokenPostings(bool positional, ArrayPool<byte>? pool = null)
{
    private readonly ArrayPool<byte> pool = pool ?? ArrayPool<byte>.Shared;
    private byte[] body = new byte[8];
    private int bodyLength;
    private byte[] title = [];
    private int titleLength;
    private int lastBodyDocument;
    private int lastTitleDocument;

    public bool Positional { get; } = positional;

    public ReadOnlySpan<byte> Body => body.AsSpan(0, bodyLength);

    public ReadOnlySpan<byte> Title => title.AsSpan(0, titleLength);

    public int BodyDocuments { get; private set; }

    public int TitleDocuments { get; private set; }

    /// <summary>Gives the postings' pooled arrays back once the token's files are made; the postings are empty after it.</summary>
    public void Release()
    {
        Return(body);
        Return(title);
        body = title = [];
        bodyLength = titleLength = 0;
    }

    /// <summary>Adds one document's count and its positions (<see cref="PostingString"/> characters, empty for a token without positions).</summary>
    public void Add(int document, int field, int count, ReadOnlySpan<byte> positions)
    {
        if (field == 0)
        {
            Append(ref body, ref bodyLength, document - lastBodyDocument, count, positions);
            lastBodyDocument = document;
            BodyDocuments++;
        }
        else
        {
            Append(ref title, ref titleLength, document - lastTitleDocument, count, positions);
            lastTitleDocument = document;
            TitleDocuments++;
        }
    }

    private void Append(ref byte[] bytes, ref int length, int gap, int count, ReadOnlySpan<byte> positions)
    {
        // Two numbers of at most 7 characters each (31 bits), then the positions.
        var needed = length + 14 + positions.Length;
        if (needed > bytes.Length) Grow(ref bytes, length, needed);
        var span = bytes.AsSpan(length);
        var at = 0;
        PostingString.Put(span, ref at, (ulong)gap);
        PostingString.Put(span, ref at, (ulong)count);
        positions.CopyTo(span[at..]);
        length += at + positions.Length;
    }

    private void Grow(ref byte[] bytes, int length, int needed)
    {
        var size = Math.Max(bytes.Length * 2, needed);
        var next = size >= VarintBuffer.PooledFrom ? pool.Rent(size) : new byte[size];
        bytes.AsSpan(0, length).CopyTo(next);
        Return(bytes);
        bytes = next;
    }

    // Only arrays of the pool reach PooledFrom: smaller ones are made fresh.
    private void Return(byte[] bytes)
    {
        if (bytes.Length >= VarintBuffer.PooledFrom) pool.Return(bytes);
    }
}
