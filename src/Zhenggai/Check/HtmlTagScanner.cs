using System.Text;

namespace Zhenggai.Check;

/// <summary>
/// A fast reader of the start tags of plain, well-formed HTML, as the site's templates write it:
/// quoted or plain attribute values, comments, a doctype, end tags, and raw-text elements with
/// nothing that needs the full HTML5 tokenizer. It works on the UTF-8 bytes and makes strings
/// only for the attribute values it is asked for. Anything outside that subset (a bogus comment,
/// an entity other than the five common ones, a CR in a value, a script with inline code …) makes
/// it give up, and <see cref="PageLinkReader"/> reads the page with AngleSharp's tokenizer instead;
/// tests hold the two to the same answers. The tokenizer was a quarter of the render phase.
/// Given a buffer, the same pass also copies out the page's text as
/// <see cref="OfficialTextCheck.StripTags"/> gives it, so a finding page is not scanned a second
/// time for its official text.
/// </summary>
internal ref struct HtmlTagScanner
{
    private readonly ReadOnlySpan<byte> _html;
    private int _at;
    // Where the text between tags goes (empty when not asked for), and how much of it there is;
    // -1 once the page holds text that StripTags would read otherwise than as this scanner does.
    private readonly Span<byte> _text;
    private int _textLength;

    public HtmlTagScanner(ReadOnlySpan<byte> html)
    {
        _html = html;
        _at = 0;
        _textLength = -1;
    }

    /// <summary>A scanner that also copies the page's text into <paramref name="text"/>, which must be at least as long as <paramref name="html"/>.</summary>
    public HtmlTagScanner(ReadOnlySpan<byte> html, Span<byte> text)
    {
        if (text.Length < html.Length) throw new ArgumentException("the text buffer is shorter than the page", nameof(text));
        _html = html;
        _at = 0;
        _text = text;
        _textLength = 0;
    }

    /// <summary>
    /// After a <see cref="Scan"/> that returned true: the length of the page's text in the buffer, the same bytes
    /// as <see cref="OfficialTextCheck.StripTags"/>; -1 when no buffer was given, or when an element read as raw
    /// text holds a '&lt;' (StripTags reads a tag there, this scanner does not).
    /// </summary>
    public readonly int TextLength => _textLength;

    /// <summary>Calls <paramref name="onTag"/> for every start tag; false when the page is outside the subset (results then incomplete).</summary>
    public bool Scan(TagVisitor onTag)
    {
        var html = _html;
        while (true)
        {
            // One pass for the next tag and for a NUL before it (a NUL anywhere in text gives the page to the tokenizer).
            var lt = html[_at..].IndexOfAny((byte)'<', (byte)0);
            if (lt < 0)
            {
                CopyText(html[_at..]);
                return true;
            }
            if (html[_at + lt] == 0) return false;
            CopyText(html.Slice(_at, lt));
            _at += lt;
            var rest = html[_at..];
            if (rest.StartsWith("<!--"u8))
            {
                var body = rest[4..];
                if (body.StartsWith(">"u8) || body.StartsWith("->"u8)) return false;
                var end = body.IndexOf("-->"u8);
                if (end < 0 || body[..end].IndexOf("--!>"u8) >= 0) return false;
                _at += 4 + end + 3;
                continue;
            }
            if (rest.StartsWith("<!"u8))
            {
                if (rest.Length < 9 || !Ascii.EqualsIgnoreCase(rest.Slice(2, 7), "doctype"u8)) return false;
                var end = rest.IndexOf((byte)'>');
                if (end < 0 || rest[..end].IndexOfAny((byte)'"', (byte)'\'') >= 0) return false;
                _at += end + 1;
                continue;
            }
            if (rest.StartsWith("</"u8))
            {
                if (rest.Length < 3 || !IsAsciiLetter(rest[2])) return false;
                var end = rest.IndexOf((byte)'>');
                if (end < 0 || rest[..end].IndexOfAny((byte)'"', (byte)'\'') >= 0) return false;
                _at += end + 1;
                continue;
            }
            if (rest.Length < 2 || !IsAsciiLetter(rest[1])) return false;
            if (!StartTag(onTag)) return false;
        }
    }

    private bool StartTag(TagVisitor onTag)
    {
        var html = _html;
        var i = _at + 1;
        var nameStart = i;
        // Tag and attribute names are crossed with one table look-up per byte (see NameBytes).
        var names = NameBytes;
        while (i < html.Length)
        {
            var kind = names[html[i]];
            if ((kind & TagNameByte) != 0) { i++; continue; }
            if ((kind & TagNameEnd) != 0) break;
            return false;
        }
        var name = html[nameStart..i];
        var tag = onTag.Begin(name);
        while (true)
        {
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length) return false;
            if (html[i] == '>') { i++; break; }
            if (html[i] == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>') { i += 2; break; }
                return false;
            }
            var attributeStart = i;
            while (i < html.Length)
            {
                var kind = names[html[i]];
                if ((kind & AttributeNameByte) != 0) { i++; continue; }
                if ((kind & AttributeNameEnd) != 0) break;
                return false;
            }
            var attribute = html[attributeStart..i];
            while (i < html.Length && IsSpace(html[i])) i++;
            ReadOnlySpan<byte> value = default;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i >= html.Length) return false;
                if (html[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = html[i];
                    var end = html[(i + 1)..].IndexOf(quote);
                    if (end < 0) return false;
                    value = html.Slice(i + 1, end);
                    i += end + 2;
                    if (i < html.Length && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') return false;
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        if (html[i] is (byte)'"' or (byte)'\'' or (byte)'<' or (byte)'=' or (byte)'`') return false;
                        i++;
                    }
                    value = html[start..i];
                }
                if (value.IndexOfAny((byte)'\r', (byte)0) >= 0) return false;
            }
            if (!tag.Attribute(attribute, value)) return false;
        }
        _at = i;
        tag.End();
        return SkipRawText(name);
    }

    /// <summary>Elements whose content is text, not tags: skipped to their end tag, or given up on when they hold what only the full tokenizer reads right.</summary>
    private bool SkipRawText(ReadOnlySpan<byte> name)
    {
        if (Ascii.EqualsIgnoreCase(name, "plaintext"u8)) return false;
        var script = Ascii.EqualsIgnoreCase(name, "script"u8);
        if (!script && !Ascii.EqualsIgnoreCase(name, "style"u8) && !Ascii.EqualsIgnoreCase(name, "xmp"u8) && !Ascii.EqualsIgnoreCase(name, "iframe"u8)
            && !Ascii.EqualsIgnoreCase(name, "noembed"u8) && !Ascii.EqualsIgnoreCase(name, "noframes"u8)
            && !Ascii.EqualsIgnoreCase(name, "title"u8) && !Ascii.EqualsIgnoreCase(name, "textarea"u8))
            return true;
        var rest = _html[_at..];
        var from = 0;
        while (true)
        {
            var lt = rest[from..].IndexOf("</"u8);
            if (lt < 0) return false;
            var at = from + lt;
            var after = at + 2 + name.Length;
            if (after < rest.Length && Ascii.EqualsIgnoreCase(rest.Slice(at + 2, name.Length), name)
                && (IsSpace(rest[after]) || rest[after] is (byte)'/' or (byte)'>'))
            {
                // Inline script can hide an end tag in its escape states; the site writes none.
                if (script && rest[..at].IndexOfAnyExcept(" \t\n\f\r"u8) >= 0) return false;
                if ((Ascii.EqualsIgnoreCase(name, "title"u8) || Ascii.EqualsIgnoreCase(name, "textarea"u8)) && rest[..at].IndexOf((byte)'\r') >= 0) return false;
                // The element's content is text to StripTags too, unless a '<' in it would start a tag there.
                if (rest[..at].IndexOf((byte)'<') >= 0) _textLength = -1;
                else CopyText(rest[..at]);
                _at += at;
                return true;
            }
            from = at + 2;
        }
    }

    /// <summary>Appends text between tags to the text buffer, while there is one and the text is still StripTags' text.</summary>
    private void CopyText(ReadOnlySpan<byte> run)
    {
        if (_textLength < 0) return;
        run.CopyTo(_text[_textLength..]);
        _textLength += run.Length;
    }

    // What each byte is in a tag's name and in an attribute's name: part of it, the end of it, or
    // (neither) outside the subset. A table, not a chain of comparisons, in the scanner's busiest loops.
    private const byte TagNameByte = 1, TagNameEnd = 2, AttributeNameByte = 4, AttributeNameEnd = 8;

    private static readonly byte[] NameBytes = MakeNameBytes();

    private static byte[] MakeNameBytes()
    {
        var table = new byte[256];
        for (var c = 0; c < 256; c++)
        {
            var b = (byte)c;
            if (IsAsciiLetterOrDigit(b)) table[c] |= TagNameByte;
            if (IsSpace(b) || b is (byte)'/' or (byte)'>') table[c] |= TagNameEnd;
            if (IsSpace(b) || b is (byte)'/' or (byte)'>' or (byte)'=') table[c] |= AttributeNameEnd;
            else if (!(b is (byte)'"' or (byte)'\'' or (byte)'<' || b >= 0x80 || b == 0)) table[c] |= AttributeNameByte;
        }
        return table;
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private static bool IsAsciiLetter(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiLetterOrDigit(byte c) => IsAsciiLetter(c) || (uint)(c - '0') <= 9;

    /// <summary>
    /// Decodes an attribute value: UTF-8, with the character references &amp;amp; &amp;lt; &amp;gt;
    /// &amp;quot; &amp;#39; and numeric ones; null for any other use of &amp; (the full tokenizer decides those).
    /// </summary>
    public static string? DecodeValue(ReadOnlySpan<byte> value)
    {
        if (value.IndexOf((byte)'&') < 0) return Encoding.UTF8.GetString(value);
        var sb = new StringBuilder(value.Length);
        while (true)
        {
            var amp = value.IndexOf((byte)'&');
            if (amp < 0)
            {
                sb.Append(Encoding.UTF8.GetString(value));
                return sb.ToString();
            }
            sb.Append(Encoding.UTF8.GetString(value[..amp]));
            value = value[amp..];
            var semi = value.IndexOf((byte)';');
            if (semi < 0 || semi > 10) return null;
            var entity = value[1..semi];
            if (entity.SequenceEqual("amp"u8)) sb.Append('&');
            else if (entity.SequenceEqual("lt"u8)) sb.Append('<');
            else if (entity.SequenceEqual("gt"u8)) sb.Append('>');
            else if (entity.SequenceEqual("quot"u8)) sb.Append('"');
            else if (entity.Length > 1 && entity[0] == '#' && Numeric(entity[1..]) is { } cp) sb.Append(char.ConvertFromUtf32(cp));
            else return null;
            value = value[(semi + 1)..];
        }
    }

    private static int? Numeric(ReadOnlySpan<byte> digits)
    {
        var hex = digits.Length > 0 && (digits[0] | 0x20) == 'x';
        if (hex) digits = digits[1..];
        if (digits.IsEmpty) return null;
        var n = 0;
        foreach (var d in digits)
        {
            int v;
            if ((uint)(d - '0') <= 9) v = d - '0';
            else if (hex && (uint)((d | 0x20) - 'a') <= 5) v = (d | 0x20) - 'a' + 10;
            else return null;
            n = n * (hex ? 16 : 10) + v;
            if (n > 0x10FFFF) return null;
        }
        // Zero, surrogates, controls and noncharacters are replaced or remapped by the full tokenizer.
        if (n < 0x20 || n is >= 0x7F and <= 0x9F || n is >= 0xD800 and <= 0xDFFF || (n & 0xFFFE) == 0xFFFE || n is >= 0xFDD0 and <= 0xFDEF) return null;
        return n;
    }
}
