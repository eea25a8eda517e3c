using System.Buffers;

namespace Zhenggai.Render.Search;

/// <summary>
/// A growable byte buffer of LEB128 varints: the spill's records (<see cref="DocumentSpill"/>, <see cref="PostingSpill"/>).
/// Once it outgrows <see cref="PooledFrom"/> it grows into arrays of the shared pool, which it keeps:
/// a partition's buffer in <see cref="PostingSpill"/> reaches 64 KiB before it is flushed, each time.
/// </summary>
internal sealed class VarintBuffer
{
    /// <summary>Below the large-object heap's 85,000 bytes, fresh arrays are cheaper than a pool (<see cref="PartitionPostings"/> too).</summary>
    public const int PooledFrom = 64 * 1024;

    private readonly ArrayPool<byte> pool;
    private byte[] bytes;
    private bool pooled;

    public VarintBuffer(int capacity = 16)
    {
        bytes = new byte[capacity];
        pool = ArrayPool<byte>.Shared;
    }

    public int Length { get; private set; }

    public void Write(ulong value)
    {
        if (Length + 10 > bytes.Length) Grow(Length + 10);
        while (value >= 0x80)
        {
            bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        bytes[Length++] = (byte)value;
    }

    /// <summary>Room for at least <paramref name="size"/> more bytes, to fill with <see cref="Put"/> and then <see cref="Advance"/> past.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (Length + size > bytes.Length) Grow(Length + size);
        return bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> in <paramref name="span"/> (room for 10 bytes) and moves past it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Put(Span<byte> span, ref int at, ulong value)
    {
        while (value >= 0x80)
        {
            span[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[at++] = (byte)value;
    }

    public ReadOnlySpan<byte> Span(int start, int length) => bytes.AsSpan(start, length);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (Length + data.Length > bytes.Length) Grow(Length + data.Length);
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
    }

    public void CopyTo(Stream stream) => stream.Write(bytes, 0, Length);

    public void Clear() => Length = 0;

    private void Grow(int needed)
    {
        var size = Math.Max(bytes.Length * 2, needed);
        var next = size >= PooledFrom ? pool.Rent(size) : new byte[size];
        bytes.AsSpan(0, Length).CopyTo(next);
        if (pooled) pool.Return(bytes);
        bytes = next;
        pooled = size >= PooledFrom;
    }
}
