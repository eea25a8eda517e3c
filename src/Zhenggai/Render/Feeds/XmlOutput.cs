using System.Text;
using System.Xml;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// The one way feed.xml and sitemap.xml are written: UTF-8 without BOM, two-space indents,
/// LF line ends, so the same input gives the same bytes on every machine.
/// </summary>
public static class XmlOutput
{
    public static byte[] Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// XML 1.0 cannot carry most control characters at all, not even escaped. Such a character
    /// becomes U+FFFD here; the JSON files keep it exactly. <paramref name="changed"/> tells
    /// the caller to warn.
    /// </summary>
    public static string XmlSafe(string text, out bool changed)
    {
        changed = false;
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            sb.Append('\uFFFD');
            changed = true;
        }
        return sb?.ToString() ?? text;
    }
}
