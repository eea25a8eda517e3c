using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>
/// Turns a source file's bytes into text. Chinese documents arrive as UTF-8 (with or without a
/// byte order mark), as UTF-16 from Windows tools, and as GB18030/GBK from older systems.
/// Decoding is strict: a byte that does not belong to the encoding stops the import with
/// the line it is on, instead of becoming a replacement character in published text.
/// </summary>
public static class SourceDecoder
{
    /// <summary>GB18030, a superset of GBK and GB2312.</summary>
    public const int Gb18030CodePage = 54936;

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes, string path)
    {
        if (bytes.Length == 0)
            throw Fail("ZG0403", path, 1, "the file is empty",
                "export the document again, or leave it out of the import: an empty file holds no finding");

        var (bom, bomLength) = ByteOrderMark(bytes);
        if (bom is not null)
            return Finish(DecodeStrict(bom, bytes, bomLength, path), bom.WebName, path);

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw Fail("ZG0405", path, LineOfByte(bytes, nul),
                "the file contains NUL bytes: it is a binary file (such as a Word .doc) or UTF-16 text without a byte order mark",
                "open it in a word processor or text editor and save it as plain text, encoding UTF-8");

        var buffer = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, buffer, out var validBytes, out var chars, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
            return Finish(new string(buffer, 0, chars), "utf-8", path);

        var gb = Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb.GetString(bytes);
            if (LooksLikeText(text)) return Finish(text, "gb18030", path);
        }
        catch (DecoderFallbackException)
        {
            // Neither UTF-8 nor GB18030: reported below at the first byte UTF-8 could not read.
        }
        throw Fail("ZG0404", path, LineOfByte(bytes, validBytes),
            $"the file is neither UTF-8 nor GB18030/GBK text: byte 0x{bytes[validBytes]:X2} cannot be read",
            "open the document in a text editor and save it as UTF-8 (or GB18030); if it is a Word or PDF file, export it as plain text first");
    }

    private static (Encoding? Encoding, int Length) ByteOrderMark(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        return (null, 0);
    }

    private static string DecodeStrict(Encoding encoding, byte[] bytes, int start, string path)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            // Index is relative to the decoded span; count the lines before it in a lenient decode.
            var bad = Math.Clamp(start + Math.Max(0, ex.Index), start, bytes.Length);
            var lenient = Encoding.GetEncoding(encoding.CodePage);
            var before = lenient.GetString(bytes, start, bad - start);
            throw Fail("ZG0404", path, 1 + Normalize(before).Count(c => c == '\n'),
                $"the file starts with a {encoding.WebName} byte order mark but is not valid {encoding.WebName} text",
                "save the document again as UTF-8 in a text editor");
        }
    }

    private static DecodedText Finish(string text, string encoding, string path)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = Normalize(text);
        var bad = IndexOfControl(text);
        if (bad >= 0)
        {
            // A control character decodes without error (UTF-16 even carries NUL), but no page
            // can show it and XML (the feed) cannot hold it: it would only fail later, in build.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, bad - 1)) + 1;
            if (bad == 0) lineStart = 0;
            throw new DiagnosticException(Diagnostic.Error("ZG0420", path, 1 + text.AsSpan(0, bad).Count('\n'),
                $"the text contains {ControlName(text[bad])}, which is not text a page can show",
                "delete it in a text editor: control characters are left by conversion (page breaks, field codes); if this is a binary document, export it as plain text, encoding UTF-8",
                bad - lineStart + 1));
        }
        return new DecodedText(text, encoding);
    }

    /// <summary>The first character that is neither text nor a TAB or line break: C0 controls, DEL, and the non-characters U+FFFE/U+FFFF.</summary>
    public static int IndexOfControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c == 0x7F || c is '\uFFFE' or '\uFFFF') return i;
        }
        return -1;
    }

    public static string ControlName(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\f' => "a form feed (U+000C, a page break)",
        '\v' => "a vertical tab (U+000B)",
        _ => $"the control character U+{(int)c:X4}",
    };

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>
    /// GB18030 gives almost any byte string some reading; real Chinese text reads as common
    /// characters, while a misread file turns into rare ones and private-use code points.
    /// </summary>
    private static bool LooksLikeText(string text)
    {
        int nonAscii = 0, odd = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) return false;
            if (c == 0x7F) return false;
            if (c < 0x80) continue;
            nonAscii++;
            if (!IsCommonInChineseText(c)) odd++;
        }
        return odd * 20 <= nonAscii;
    }

    private static bool IsCommonInChineseText(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => true,  // CJK ideographs
        >= '\u3400' and <= '\u4DBF' => true,  // CJK extension A
        >= '\u3000' and <= '\u303F' => true,  // CJK punctuation
        >= '\uFF00' and <= '\uFFEF' => true,  // full-width forms
        >= '\u2000' and <= '\u206F' => true,  // general punctuation: “” — …
        >= '\u2100' and <= '\u21FF' => true,  // ℃, Ⅴ, arrows
        >= '\u2460' and <= '\u25FF' => true,  // ①, box drawing, shapes
        >= '\u3200' and <= '\u33FF' => true,  // enclosed CJK, ㎡
        >= '\u00A0' and <= '\u00FF' => true,  // ° × ÷ ·
        >= '\u0391' and <= '\u03C9' => true,  // Greek
        >= '\u0401' and <= '\u0451' => true,  // Cyrillic
        >= '\u3040' and <= '\u30FF' => true,  // kana, part of GBK
        >= '\uFE30' and <= '\uFE4F' => true,  // CJK compatibility forms
        _ => false,
    };

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))) line++;
        return line;
    }

    private static DiagnosticException Fail(string code, string path, int line, string message, string hint)
        => new(Diagnostic.Error(code, path, line, message, hint));
}
