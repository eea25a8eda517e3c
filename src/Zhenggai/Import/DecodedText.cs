namespace Zhenggai.Import;

/// <summary>A source file's text: no byte order mark, lines ending in '\n' only.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="EncodingName">The web name of the encoding it was read as: utf-8, utf-16, utf-16BE, utf-32, utf-32BE or gb18030.</param>
public sealed record DecodedText(string Text, string EncodingName);
