using System.Buffers;

namespace Zhenggai.Render.Search;

/// <summary>
/// One token's postings, gathered (<see cref="PartitionPostings"/>), until its entry is written: already
/// the <see cref="PostingString"/> the index files hold, per document the gap from the previous
/// document, the count, then (for positional tokens) the positions, the first absolute and the rest
/// as gaps. Title and body are kept apart because a title match ranks first.
/// Arrays of <see cref="VarintBuffer.PooledFrom"/> bytes or more come from the index build's own pool
/// (the postings of common tokens reach megabytes at 100,000 findings); <see cref="Release"/> gives
/// them back when the token's files are made.
/// </summary>
internal sealed class TokenPostings(bool positional, byte[] body, int bodyLength, byte[] title, int titleLength, ArrayPool<byte> pool)
{
    private byte[] body = body;
    private int bodyLength = bodyLength;
    private byte[] title = title;
    private int titleLength = titleLength;

    public bool Positional { get; } = positional;

    public ReadOnlySpan<byte> Body => body.AsSpan(0, bodyLength);

    public ReadOnlySpan<byte> Title => title.AsSpan(0, titleLength);

    /// <summary>Gives the postings' pooled arrays back once the token's files are made; the postings are empty after it.</summary>
    public void Release()
    {
        Return(body);
        Return(title);
        body = title = [];
        bodyLength = titleLength = 0;
    }

    // Only arrays of the pool reach PooledFrom: smaller ones are made fresh.
    private void Return(byte[] bytes)
    {
        if (bytes.Length >= VarintBuffer.PooledFrom) pool.Return(bytes);
    }
}
