using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Zhenggai.Render;

/// <summary>
/// Where a page's layout writes: straight into UTF-8 bytes, dropping blank lines and trailing
/// whitespace as it goes (the rule of <see cref="RenderLayoutsModule.DropBlankLines"/>), so the page
/// never exists as a string. The largest list pages of a 100,000-finding site are tens of megabytes;
/// as strings they were copied four times between Scriban and the file.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    // Reused page after page by one render worker (see Reset); a buffer that grew past this is not kept.
    private const int RetainBytes = 4 * 1024 * 1024;

    private ArrayBufferWriter<byte> _bytes = new(16 * 1024);
    private readonly StringBuilder _line = new();
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();

    /// <summary>The page so far (complete after <see cref="Finish"/>).</summary>
    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    public void Write(string text, int offset, int count)
    {
        var rest = text.AsSpan(offset, count);
        while (true)
        {
            var end = rest.IndexOf('\n');
            if (end < 0)
            {
                _line.Append(rest);
                return;
            }
            _line.Append(rest[..end]);
            EndLine();
            rest = rest[(end + 1)..];
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Appends bytes that are already a page's finished lines (each kept line ends with a line feed).</summary>
    public void WriteLines(ReadOnlySpan<byte> lines)
    {
        if (_line.Length > 0) EndLine();
        _bytes.Write(lines);
    }

    /// <summary>Ends the last line, as <see cref="RenderLayoutsModule.DropBlankLines"/> ends a text without a final line feed.</summary>
    public void Finish()
    {
        if (_line.Length > 0) EndLine();
    }

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    /// <summary>
    /// Empties the output for the next page. A render worker keeps its buffers from page to page,
    /// so a list page of 100 KB no longer leaves its doubling steps on the large-object heap.
    /// </summary>
    public void Reset()
    {
        if (_bytes.Capacity > RetainBytes) _bytes = new ArrayBufferWriter<byte>(16 * 1024);
        else _bytes.ResetWrittenCount();
        _line.Clear();
        _encoder.Reset();
    }

    public override string ToString() => "";

    private void EndLine()
    {
        var length = _line.Length;
        while (length > 0 && char.IsWhiteSpace(_line[length - 1])) length--;
        if (length > 0)
        {
            foreach (var chunk in _line.GetChunks())
            {
                var take = Math.Min(chunk.Length, length);
                if (take <= 0) break;
                Encode(chunk.Span[..take], flush: false);
                length -= take;
            }
            Encode([], flush: true);
            _bytes.Write("\n"u8);
        }
        _line.Clear();
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // Stateful: StringBuilder may split a surrogate pair between two chunks of one line.
        var span = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length + 1));
        _bytes.Advance(_encoder.GetBytes(chars, span, flush));
    }
}
