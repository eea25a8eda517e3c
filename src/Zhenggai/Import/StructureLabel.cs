namespace Zhenggai.Import;

/// <summary>A label word that marks where a section starts, for example 「整改措施」 → measures.</summary>
public sealed record StructureLabel(string Word, SourceSection Section);
