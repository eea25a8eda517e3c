using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhenggai.Render.Data;

/// <summary>
/// Writes JSON strings so that Chinese text stays readable in the file while nothing in it
/// can act as markup or script when the file is pasted into a page or served with the wrong
/// type. The stock encoders either escape all non-ASCII-like text (U+3000, '+', characters
/// outside the BMP) or leave &lt; &gt; &amp; ' bare, so the policy is written out here:
/// <list type="bullet">
/// <item>" and \ as \" and \\ (JSON itself), C0 controls as \n \t … or \u00XX;</item>
/// <item>&lt; &gt; &amp; ' as \u003C \u003E \u0026 \u0027, so &lt;/script&gt; and entities are inert;</item>
/// <item>U+2028/2029 (line breaks to JavaScript), C1 controls, lone surrogates and invisible
/// format characters (Cf: BOM, zero-width, bidi overrides) as \uXXXX, so hidden characters become visible;</item>
/// <item>everything else, including U+3000 and characters outside the BMP, as itself.</item>
/// </list>
/// Escapes change only the spelling: any JSON reader gives back the text verbatim.
/// <para>
/// The literal is made straight in UTF-8 and handed to the writer unvalidated: the open data
/// holds every word of every finding twice over, and building a string char by char, then having
/// the writer transcode and re-parse it, was most of the time spent writing those files.
/// </para>
/// </summary>
public sealed class ReadableJsonStringConverter : JsonConverter<string>
{
    // Every UTF-16 unit that is not written as itself: the escapes above, and all surrogates (a
    // pair is written as itself, a lone one escaped; both are decided where they are found).
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialChars());

    // Strings whose literal fits this many bytes are escaped into a buffer of the thread's (a stack
    // buffer would be zeroed on every call); longer ones into a pooled array.
    private const int SmallBytes = 4096;

    [ThreadStatic] private static byte[]? t_small;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        var max = MaxBytes(value.Length);
        byte[]? rented = null;
        var buffer = max <= SmallBytes ? t_small ??= new byte[SmallBytes] : rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            // The literal is well-formed by construction; validating it again cost as much as making it.
            writer.WriteRawValue(buffer.AsSpan(0, QuoteUtf8(value, buffer)), skipInputValidation: true);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The JSON string literal for <paramref name="value"/>, quotes included.</summary>
    public static string Quote(string value)
    {
        var buffer = new byte[MaxBytes(value.Length)];
        return Encoding.UTF8.GetString(buffer, 0, QuoteUtf8(value, buffer));
    }

    /// <summary>The most bytes <see cref="QuoteUtf8"/> writes for a string of <paramref name="length"/> chars: \uXXXX for each, and the quotes.</summary>
    public static int MaxBytes(int length) => checked(length * 6 + 2);

    /// <summary>
    /// Writes the literal of <see cref="Quote"/> as UTF-8 into <paramref name="utf8"/> (at least
    /// <see cref="MaxBytes"/> long) and returns its length. Runs of characters written as themselves
    /// are found with one vectorised search and transcoded whole.
    /// </summary>
    public static int QuoteUtf8(ReadOnlySpan<char> value, Span<byte> utf8)
    {
        var n = 0;
        utf8[n++] = (byte)'"';
        while (true)
        {
            var at = value.IndexOfAny(Special);
            // A run without surrogates transcodes without replacement characters.
            n += Encoding.UTF8.GetBytes(at < 0 ? value : value[..at], utf8[n..]);
            if (at < 0) break;
            var c = value[at];
            if (char.IsHighSurrogate(c) && at + 1 < value.Length && char.IsLowSurrogate(value[at + 1]))
            {
                n += Encoding.UTF8.GetBytes(value.Slice(at, 2), utf8[n..]);
                value = value[(at + 2)..];
                continue;
            }
            n += Escape(c, utf8[n..]);
            value = value[(at + 1)..];
        }
        utf8[n++] = (byte)'"';
        return n;
    }

    private static int Escape(char c, Span<byte> utf8)
    {
        utf8[0] = (byte)'\\';
        byte? shortForm = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\n' => (byte)'n',
            '\r' => (byte)'r',
            '\t' => (byte)'t',
            '\b' => (byte)'b',
            '\f' => (byte)'f',
            _ => null,
        };
        if (shortForm is { } s)
        {
            utf8[1] = s;
            return 2;
        }
        utf8[1] = (byte)'u';
        ((int)c).TryFormat(utf8[2..], out _, "X4", CultureInfo.InvariantCulture);
        return 6;
    }

    private static char[] SpecialChars()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (c is '"' or '\\' || char.IsSurrogate((char)c) || MustEscape((char)c)) chars.Add((char)c);
        return chars.ToArray();
    }

    private static bool MustEscape(char c) =>
        c < 0x20 || c is '<' or '>' or '&' or '\'' || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029'
        || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
