using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>The result of an import: the documents read, the records written or confirmed, and warnings.</summary>
/// <param name="Documents">The source documents, in the order read.</param>
/// <param name="Findings">One entry per finding, ordered by number.</param>
/// <param name="Warnings">Things worth a look that did not stop the import (e.g. a record whose finding left its source).</param>
/// <param name="CheckOnly">True when nothing was written (<see cref="ImportOptions.CheckOnly"/>).</param>
public sealed record ImportReport(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<ImportedFinding> Findings,
    IReadOnlyList<Diagnostic> Warnings,
    bool CheckOnly)
{
    public int Created => Findings.Count(f => f.Outcome == ImportOutcome.Created);
    public int Updated => Findings.Count(f => f.Outcome == ImportOutcome.Updated);
    public int Unchanged => Findings.Count(f => f.Outcome == ImportOutcome.Unchanged);

    /// <summary>One line for the console, e.g. 「20 findings from 2 documents: 3 created, 1 updated, 16 unchanged」.</summary>
    public string Summary =>
        $"{Findings.Count} findings from {Documents.Count} documents: {Created} created, {Updated} updated, {Unchanged} unchanged"
        + (CheckOnly ? " (check only, nothing written)" : "");
}
