using System.Security.Cryptography;
using Zhenggai.Incremental;
using Zhenggai.Write;

namespace Zhenggai.Tests.Data;

/// <summary>The manifest trusts these hashes without reading the files back, so they must be the files' own.</summary>
public sealed class HashingWriteStreamTests
{
    [Fact]
    public void Hashes_and_counts_exactly_what_reaches_the_file_however_it_is_written()
    {
        var file = new MemoryStream();
        var stream = new HashingWriteStream(file);
        var text = "序号一，问题：秸秆焚烧\n"u8.ToArray();
        stream.Write(text, 3, 9);
        stream.WriteByte(0xFF);
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true), bufferSize: 16, leaveOpen: true))
            writer.Write(string.Concat(Enumerable.Repeat("整改措施；", 50)));
        var written = file.ToArray();

        var (length, sha) = stream.Result();

        Assert.Equal(written.Length, length);
        Assert.Equal(Hash256.From(SHA256.HashData(written)), sha);
        Assert.Equal(9 + 1 + 3 + 50 * 15, written.Length);
    }
}
