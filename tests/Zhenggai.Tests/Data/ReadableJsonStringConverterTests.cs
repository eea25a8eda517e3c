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
}
