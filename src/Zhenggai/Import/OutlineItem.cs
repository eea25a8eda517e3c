namespace Zhenggai.Import;

/// <summary>
/// One paragraph of a part, placed in the part's numbering: <see cref="Path"/> is the chain
/// of printed markers down to it (「（二）」 then 「1.」 gives 「（二）1.」), <see cref="Key"/>
/// the same chain with punctuation normalised so 「1.」 and 「1、」 pair up.
/// </summary>
/// <param name="Index">Paragraph index in the part (0-based).</param>
/// <param name="Path">Printed markers from the top level down, joined; empty before the first marker.</param>
/// <param name="Key">Normalised path, e.g. <c>1:2/2:1</c>; empty when <see cref="Path"/> is.</param>
/// <param name="Top">Index of the paragraph that opened the top-level measure this one belongs to, or -1.</param>
/// <param name="OwnMarker">True when this paragraph itself starts with a marker (not a continuation).</param>
/// <param name="Text">The paragraph after its marker (and after Word bookmarks and leading spaces).</param>
public sealed record OutlineItem(int Index, string Path, string Key, int Top, bool OwnMarker, string Text);
