using Zhenggai.Diagnostics;
using Zhenggai.Records;

namespace Zhenggai.Import;

/// <summary>
/// Checks read documents before anything is written: every document holds a finding, every
/// finding has a readable number and its four parts, and no number appears twice across
/// all documents of one import.
/// </summary>
public static class SourceValidator
{
    public static IEnumerable<Diagnostic> Validate(IReadOnlyList<SourceDocument> documents)
    {
        var seen = new Dictionary<int, (SourceDocument Document, SourceFinding Finding)>();
        foreach (var doc in documents)
        {
            if (doc.Findings.Count == 0)
                yield return Diagnostic.Error("ZG0406", doc.Path, 1, "found no finding in this document",
                    "a finding starts with its number as a cell or line of its own (「序号十四」, 「序号14」, 「第39号」, 「问题编号十一」) followed by its parts 问题, 整改目标, 整改措施, 完成情况; check that this is the right file");
            foreach (var f in doc.Findings)
            {
                if (f.Number <= 0)
                {
                    yield return Diagnostic.Error("ZG0412", doc.Path, f.Line, $"cannot read the number in 「{f.Label}」",
                        $"write the number in Chinese numerals or digits between 1 and {ChineseNumber.Max}, e.g. 「序号二十七」, 「序号27」 or 「第27号」");
                    continue;
                }
                foreach (var part in FindingParts.All)
                {
                    if (f.GetPart(part).Length > 0) continue;
                    var heading = FindingParts.Heading(part);
                    var opened = f.SectionLines.TryGetValue(SourceFinding.SectionOf(part), out var at);
                    yield return Diagnostic.Error("ZG0407", doc.Path, opened ? at : f.Line,
                        opened ? $"{f.Label} has an empty {heading}" : $"{f.Label} has no {heading}",
                        doc.Shape is SourceShape.TableText or SourceShape.WordTable
                            ? "each 序号 cell is followed by four cells: 问题, 整改目标, 整改措施, 完成情况; check the original table for a merged, missing or empty cell"
                            : $"add the label 「{heading}：」 and the official text under this finding's number");
                }
                if (seen.TryGetValue(f.Number, out var first))
                    yield return Diagnostic.Error("ZG0408", doc.Path, f.Line,
                        $"{f.Label} is finding {f.Number}, already given by {first.Finding.Label} at {first.Document.Path} line {first.Finding.Line}",
                        "each finding needs its own number; if two documents hold the same finding, import only one of them, otherwise correct the number in the source");
                else
                    seen[f.Number] = (doc, f);
            }
        }
    }
}
