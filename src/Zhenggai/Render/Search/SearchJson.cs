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

    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes postings as a <see cref="PostingString"/>: per document the gap, the count, then (for a
    /// positional token, when <paramref name="withPositions"/>) the position gaps.
    /// </summary>
    public static void WritePostings(Utf8JsonWriter writer, VarintBuffer postings, bool positional, bool withPositions, List<byte> scratch)
    {
        scratch.Clear();
        var reader = postings.Read();
        while (!reader.AtEnd)
        {
            PostingString.Append(scratch, reader.Next());
            var count = reader.Next();
            PostingString.Append(scratch, count);
            if (!positional) continue;
            for (var i = 0UL; i < count; i++)
            {
                var gap = reader.Next();
                if (withPositions) PostingString.Append(scratch, gap);
            }
        }
        writer.WriteStringValue(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch));
    }
}
