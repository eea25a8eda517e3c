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
    // The current line when it came in more than one write; a line inside one write is encoded from the write itself.
    private char[] _line = new char[256];
    private int _lineLength;
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>True when nothing of the current line has been written: the last write ended a line, or nothing was written.</summary>
    public bool AtLineStart => _lineLength == 0;

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
                Append(rest);
                return;
            }
            if (_lineLength == 0) Emit(rest[..end]);
            else
            {
                Append(rest[..end]);
                EndLine();
            }
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
        if (_lineLength > 0) EndLine();
        _bytes.Write(lines);
    }

    /// <summary>Ends the last line, as <see cref="RenderLayoutsModule.DropBlankLines"/> ends a text without a final line feed.</summary>
    public void Finish()
    {
        if (_lineLength > 0) EndLine();
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
        if (_line.Length > RetainLineChars) _line = new char[256];
        _lineLength = 0;
    }

    // A line longer than this (a page written without line breaks) does not keep its buffer.
    private const int RetainLineChars = 64 * 1024;

    public override string ToString() => "";

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_lineLength + chars.Length > _line.Length)
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _lineLength + chars.Length));
        chars.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chars.Length;
    }

    private void EndLine()
    {
        Emit(_line.AsSpan(0, _lineLength));
        _lineLength = 0;
    }

    /// <summary>A whole line: kept without its trailing whitespace (char.IsWhiteSpace), dropped if nothing else is left.</summary>
    private void Emit(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty) return;
        // One whole line at a time, so a surrogate pair is never split between two calls.
        var span = _bytes.GetSpan(Utf8.GetMaxByteCount(line.Length) + 1);
        var written = Utf8.GetBytes(line, span);
        span[written] = (byte)'\n';
        _bytes.Advance(written + 1);
    }
}
