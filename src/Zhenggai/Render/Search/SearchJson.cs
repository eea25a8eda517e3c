using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Zhenggai.Render.Search;

/// <summary>
/// JSON for the index files. Official text is data: the encoder writes &lt; &gt; &amp; ' " and
/// U+2028/U+2029 as \u escapes, so the files stay inert even if a page ever embeds one in a
/// script element, while Chinese text stays readable UTF-8 (the default encoder would escape it
/// all and triple the size).
/// </summary>
internal static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        SkipValidation = false,
    };

    // One buffer per thread, reused: a positions file of several megabytes no longer leaves its
    // doubling steps behind as garbage. Buffers that grew past RetainBytes are not kept.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private const int RetainBytes = 4 * 1024 * 1024;

    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        // Taken, not shared, while in use: a body that itself calls Write gets a buffer of its own.
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity <= RetainBytes) t_buffer = buffer;
        return bytes;
    }

    /// <summary>
    /// Writes postings (<see cref="TokenPostings"/>, already <see cref="PostingString"/> characters): per document
    /// the gap, the count, then (for a positional token, when <paramref name="withPositions"/>) the position gaps.
    /// </summary>
    public static void WritePostings(Utf8JsonWriter writer, ReadOnlySpan<byte> text, bool positional, bool withPositions)
    {
        if (withPositions || !positional)
        {
            writer.WriteStringValue(text);
            return;
        }
        // Counts only, for a large token's entry: each document's gap and count, its positions skipped.
        var counts = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length));
        var length = 0;
        var at = 0;
        while (at < text.Length)
        {
            var start = at;
            PostingString.Skip(text, ref at, 1);
            var count = PostingString.Read(text, ref at);
            text[start..at].CopyTo(counts.AsSpan(length));
            length += at - start;
            PostingString.Skip(text, ref at, checked((int)count));
        }
        writer.WriteStringValue(counts.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(counts);
    }
}
