namespace Zhenggai.Import;

/// <summary>One finding an import turned into a record.</summary>
/// <param name="Number">The finding's number (its 序号).</param>
/// <param name="RecordPath">The record file relative to the site root, e.g. input/findings/027.md.</param>
/// <param name="Source">The source document relative to the site root.</param>
/// <param name="SourceLine">The line of the 序号 in the source.</param>
/// <param name="Outcome">Whether the record was created, updated or already up to date.</param>
public sealed record ImportedFinding(int Number, string RecordPath, string Source, int SourceLine, ImportOutcome Outcome);
