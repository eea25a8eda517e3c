namespace Zhenggai.Incremental;

/// <summary>
/// What rendering one page produced last time: the key of everything the page was rendered
/// from except the templates, the templates it actually used with a key of their text, and
/// the hash and size of the bytes it gave.
/// </summary>
public sealed record RenderEntry(Hash256 InputsKey, IReadOnlyList<string> Templates, Hash256 TemplatesKey, Hash256 Output);
