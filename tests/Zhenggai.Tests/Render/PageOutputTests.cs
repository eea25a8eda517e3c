using System.Text;
using CsCheck;
using Zhenggai.Render;

namespace Zhenggai.Tests.Render;

/// <summary>
/// The streamed page (PageOutput) must be byte for byte what the whole page as one string gave
/// through DropBlankLines and UTF-8, however Scriban cuts the text into writes.
/// </summary>
public sealed class PageOutputTests
{
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u4FFF']),
        (4, Gen.Char[' ', '~']),
        (4, Gen.OneOf<char>(' ', '\t', '\u3000', '\u00A0', '\u2028', '\u0085', '\r', '\n', '\n', '\n')),
        (1, Gen.OneOf<char>('\uD83D', '\uDE00', '\uD800')));

    [Fact]
    public void Streamed_writes_give_the_bytes_of_the_whole_text_without_blank_lines()
    {
        Gen.Select(AnyChar.Array[0, 200], Gen.Int[1, 40].Array[1, 20]).Sample((chars, cuts) =>
        {
            var text = new string(chars);
            var output = new PageOutput();
            var at = 0;
            for (var i = 0; at < text.Length; i++)
            {
                var count = Math.Min(cuts[i % cuts.Length], text.Length - at);
                output.Write(text, at, count);
                at += count;
            }
            output.Finish();
            Assert.Equal(Encoding.UTF8.GetBytes(RenderLayoutsModule.DropBlankLines(text)), output.ToArray());
        }, iter: 5_000);
    }

    [Fact]
    public void Finished_lines_join_between_writes_as_one_text_would()
    {
        var output = new PageOutput();
        output.Write("<main>  \n\n", 0, 10);
        output.WriteLines("<p>一</p>\n"u8);
        output.Write("\n</main>", 0, 8);
        output.Finish();
        Assert.Equal("<main>\n<p>一</p>\n</main>\n", Encoding.UTF8.GetString(output.ToArray()));
    }
}
