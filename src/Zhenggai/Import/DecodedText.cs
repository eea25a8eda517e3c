namespace Zhenggai.Import;

/// <summary>A source file's text: no byte order mark, lines ending in '\n' only.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="EncodingName">The encoding it was read as: utf-8, utf-16, utf-32 or gb18030.</param>
public sealed record DecodedText(string Text, string EncodingName);
