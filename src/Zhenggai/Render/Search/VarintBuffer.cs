namespace Zhenggai.Render.Search;

/// <summary>A growable byte buffer of LEB128 varints: postings stay a byte or two per number while they are built.</summary>
internal sealed class VarintBuffer
{
    private byte[] bytes;

    public VarintBuffer(int capacity = 16) => bytes = new byte[capacity];

    public int Length { get; private set; }

    public void Write(ulong value)
    {
        if (Length + 10 > bytes.Length) Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + 10));
        while (value >= 0x80)
        {
            bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        bytes[Length++] = (byte)value;
    }

    public Reader Read() => new(bytes, Length);

    public ReadOnlySpan<byte> Span(int start, int length) => bytes.AsSpan(start, length);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (Length + data.Length > bytes.Length) Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + data.Length));
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
    }

    public void CopyTo(Stream stream) => stream.Write(bytes, 0, Length);

    public void Clear() => Length = 0;

    public struct Reader(byte[] bytes, int length)
    {
        private int offset;

        public readonly bool AtEnd => offset >= length;

        public ulong Next()
        {
            ulong value = 0;
            var shift = 0;
            while (true)
            {
                var b = bytes[offset++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return value;
                shift += 7;
            }
        }

        public int NextInt() => checked((int)Next());
    }
}
