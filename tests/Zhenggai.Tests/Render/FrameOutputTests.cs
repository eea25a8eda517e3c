using System.Text;
using CsCheck;
using Zhenggai.Render;

namespace Zhenggai.Tests.Render;

/// <summary>
/// base.sbn is rendered straight into the page (FrameOutput) when it writes the content placeholder
/// alone at the start of a line; whenever it says it did, the page must be byte for byte what the
/// string way gives (the frame as one string, the content put in for the placeholder, then DropBlankLines).
/// </summary>
public sealed class FrameOutputTests
{
    private const string Placeholder = RenderLayoutsModule.ContentPlaceholder;

    private static readonly Gen<string> Text = Gen.Frequency(
        (5, Gen.Char['\u4E00', '\u4FFF']),
        (4, Gen.Char[' ', '~']),
        (5, Gen.OneOf<char>(' ', '\t', '\u3000', '\u00A0', '\r', '\n', '\n', '\n'))).Array[0, 30].Select(c => new string(c));

    // A write of base.sbn: text (often a whole line), the placeholder alone, or the placeholder inside other text.
    private static readonly Gen<string> Chunk = Gen.Frequency(
        (4, Text),
        (4, Text.Select(t => t + "\n")),
        (2, Gen.Const(Placeholder)),
        (1, Gen.Select(Text, Text, (a, b) => a + Placeholder + b)));

    [Fact]
    public void A_frame_written_into_the_page_gives_the_bytes_of_the_string_way()
    {
        int assembled = 0, declined = 0;
        Gen.Select(Chunk.Array[0, 8], Text).Sample((chunks, content) =>
        {
            var body = new PageOutput();
            body.Write(content, 0, content.Length);
            body.Finish();
            var page = new PageOutput();
            var frame = new FrameOutput().To(page, body);
            foreach (var chunk in chunks) frame.Write(chunk, 0, chunk.Length);
            if (!frame.Assembled)
            {
                Interlocked.Increment(ref declined);
                return;
            }
            Interlocked.Increment(ref assembled);
            page.Finish();
            var whole = string.Concat(chunks).Replace(Placeholder, content, StringComparison.Ordinal);
            Assert.Equal(Encoding.UTF8.GetBytes(RenderLayoutsModule.DropBlankLines(whole)), page.ToArray());
        }, iter: 10_000);
        Assert.True(assembled > 500 && declined > 500, $"{assembled} assembled, {declined} declined");
    }

    [Fact]
    public void The_built_in_layout_s_way_of_writing_the_content_is_taken()
    {
        var body = new PageOutput();
        body.Write("<article>\n<p>问题</p>\n</article>\n", 0, 30);
        body.Finish();
        var page = new PageOutput();
        var frame = new FrameOutput().To(page, body);
        foreach (var chunk in new[] { "<main id=\"main\">\n", Placeholder, "\n</main>\n" }) frame.Write(chunk, 0, chunk.Length);
        Assert.True(frame.Assembled);
        page.Finish();
        Assert.Equal("<main id=\"main\">\n<article>\n<p>问题</p>\n</article>\n</main>\n", Encoding.UTF8.GetString(page.ToArray()));
    }
}
