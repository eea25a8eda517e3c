using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Zhenggai.Render.Data;

namespace Zhenggai.Tests.Data;

public sealed class ReadableJsonStringConverterTests
{
    [Fact]
    public void AnyStringReadsBackVerbatimAndNothingMarkupLikeIsLeftBare()
    {
        var text = Gen.String[Gen.Char, 0, 60].Select(Gen.Const("<>&'\"\\/\u2028\u2029\u200B\uFEFF\u3000𠮷{{ }}\r\n\t\u0000\u007F\u0085"), (s, extra) => s + extra);
        Gen.OneOf(Gen.String, Gen.String[Gen.Char, 0, 60], text).Sample(s =>
        {
            var literal = ReadableJsonStringConverter.Quote(s);
            Assert.Equal(s, JsonSerializer.Deserialize<string>(literal));
            Assert.Equal(-1, literal.AsSpan(1, literal.Length - 2).IndexOfAny("<>&'\u2028\u2029\r\n\u0000\u007F\u0085\u200B\uFEFF"));
        });
    }

    [Fact]
    public void ChineseAndFullWidthSpaceAreWrittenAsThemselves()
    {
        Assert.Equal("\"整改　措施𠮷“引”\"", ReadableJsonStringConverter.Quote("整改　措施𠮷“引”"));
        Assert.Equal("\"\\u003C/script\\u003E \\u0026amp; \\u0027 \\\" \\\\ \\n\"", ReadableJsonStringConverter.Quote("</script> &amp; ' \" \\ \n"));
    }

    [Fact]
    public void TheUtf8LiteralIsTheCharByCharPolicyEncoded()
    {
        // Every BMP code unit alone, then random strings weighted to the characters the policy treats specially.
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.Equal(Reference(((char)c).ToString()), ReadableJsonStringConverter.Quote(((char)c).ToString()));
        var special = Gen.Char["\"\\<>&'\n\r\t\b\f\u0000\u001F\u007F\u0085\u009F\u00AD\u2028\u2029\u200B\u202E\uFEFF\uD83D\uDE00\uD840\uDC00\u3000整改"];
        Gen.OneOf(Gen.String, Gen.String[Gen.OneOf(Gen.Char, special), 0, 400]).Sample(s =>
        {
            Assert.Equal(Reference(s), ReadableJsonStringConverter.Quote(s));
            var utf8 = new byte[ReadableJsonStringConverter.MaxBytes(s.Length)];
            Assert.Equal(Encoding.UTF8.GetBytes(Reference(s)), utf8.AsSpan(0, ReadableJsonStringConverter.QuoteUtf8(s, utf8)).ToArray());
        });
    }

    [Fact]
    public void LongStringsAreWrittenThroughTheWriterLikeShortOnes()
    {
        // Past the thread's buffer (4,096 bytes: 682 chars at most) the converter escapes into a pooled array.
        var options = new JsonSerializerOptions { Converters = { new ReadableJsonStringConverter() } };
        foreach (var s in new[] { "短<", new string('整', 681) + "<", new string('整', 682) + "<", new string('改', 5000) + "\u2028𠮷\uD800", "短>" })
            Assert.Equal(Reference(s), JsonSerializer.Serialize(s, options));
    }

    /// <summary>The converter as it was first written, char by char: the new one must spell every string the same.</summary>
    private static string Reference(string value)
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
            var escape = c < 0x20 || c is '<' or '>' or '&' or '\'' || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029'
                || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
            if (escape) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
