using System.Security.Cryptography;
using Zhenggai.Incremental;

namespace Zhenggai.Write;

/// <summary>
/// Passes writes on to a file and hashes them on the way, for files a module streams itself
/// (findings.json and findings.csv, 85 MB at 10,000 findings): the manifest then takes their
/// SHA-256 from <see cref="Pipeline.BuildContext.WrittenHashes"/> like any page's, instead of
/// reading them back in the write phase, when nothing else is left to run beside it.
/// </summary>
internal sealed class HashingWriteStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    /// <summary>What was written so far; call once, after the last write.</summary>
    public (long Length, Hash256 Sha256) Result()
    {
        Span<byte> digest = stackalloc byte[Hash256.Size];
        _hash.GetHashAndReset(digest);
        return (_length, Hash256.From(digest));
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _hash.AppendData(buffer);
        _length += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
