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
/// </summary>
public sealed class ReadableJsonStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Quote(value));

    /// <summary>The JSON string literal for <paramref name="value"/>, quotes included.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            if (MustEscape(c))
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    private static bool MustEscape(char c) =>
        c < 0x20 || c is '<' or '>' or '&' or '\'' || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029'
        || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
