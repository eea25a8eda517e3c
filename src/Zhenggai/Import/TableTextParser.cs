using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>
/// Reads a Word table flattened to text, the seeds' shape. A line that starts with a TAB (after
/// stray spaces) starts a cell; other lines continue the current cell as new paragraphs; blank
/// lines mean nothing. A finding is its 序号 cell followed by four cells: 问题, 整改目标, 整改措施,
/// 完成情况. Lone number cells before a 序号 cell are row counters. Text outside the findings
/// (the report title above the table, header cells, a notice after a result) becomes the
/// source note of the finding next to it.
/// </summary>
public static class TableTextParser
{
    private static readonly SourceSection[] CellOrder =
        [SourceSection.Problem, SourceSection.Target, SourceSection.Measures, SourceSection.Result];

    private sealed record Paragraph(string Text, int Line);

    private sealed class Cell(int line)
    {
        public int Line { get; } = line;
        public List<Paragraph> Paragraphs { get; } = [];
        public string First => Paragraphs.Count > 0 ? Paragraphs[0].Text : "";
    }

    public static IReadOnlyList<SourceFinding> Parse(string path, IReadOnlyList<string> lines)
    {
        var preamble = new List<Paragraph>();
        var cells = new List<Cell>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = NoiseRules.Clean(lines[i]);
            if (NoiseRules.CellStart().IsMatch(lines[i]))
            {
                var cell = new Cell(i + 1);
                if (!NoiseRules.IsBlank(text)) cell.Paragraphs.Add(new Paragraph(text, i + 1));
                cells.Add(cell);
            }
            else if (!NoiseRules.IsBlank(text))
            {
                (cells.Count > 0 ? cells[^1].Paragraphs : preamble).Add(new Paragraph(text, i + 1));
            }
        }

        var findings = new List<SourceFinding>();
        var errors = new List<Diagnostic>();
        var pendingNote = new List<Paragraph>(preamble);
        FindingBuilder? current = null;
        var partCount = 0;
        for (var k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            if (cell.Paragraphs.Count > 0 && FindingNumber.IsLabel(cell.First, out var number))
            {
                if (current is not null) findings.Add(current.Build());
                current = new FindingBuilder(number, cell.First, cell.Line);
                partCount = 0;
                foreach (var p in pendingNote.Concat(cell.Paragraphs.Skip(1)))
                    current.Add(SourceSection.Note, p.Text, p.Line);
                pendingNote.Clear();
                continue;
            }
            if (IsRowCounter(cells, k)) continue;
            if (current is null)
            {
                // The header row is structure; any other text before the first finding is kept.
                if (!(cell.Paragraphs.Count == 1 && NoiseRules.IsHeaderCell(cell.First)))
                    pendingNote.AddRange(cell.Paragraphs);
                continue;
            }
            if (partCount == CellOrder.Length)
            {
                errors.Add(Diagnostic.Error("ZG0409", path, cell.Line,
                    $"{current.Label} (line {current.Line}) has a fifth cell; a finding has four: 问题, 整改目标, 整改措施, 完成情况",
                    "check the original table: a cell may have been split in two, or the table has an extra column; join or remove it so each 序号 row has exactly four cells after the 序号"));
                continue;
            }
            var section = CellOrder[partCount++];
            current.Open(section, cell.Line);
            for (var j = 0; j < cell.Paragraphs.Count; j++)
            {
                var p = cell.Paragraphs[j];
                // A notice after the last result (公示期, 联系电话 …) is not the government's result text.
                if (section == SourceSection.Result && j > 0 && NoticeText.Starts(p.Text))
                    section = SourceSection.Note;
                current.Add(section, p.Text, p.Line);
            }
        }
        if (current is not null) findings.Add(current.Build());
        if (errors.Count > 0) throw new DiagnosticException(errors);
        return findings;
    }

    private static bool IsRowCounter(List<Cell> cells, int k)
    {
        var cell = cells[k];
        if (cell.Paragraphs.Count != 1 || !NoiseRules.RowCounter().IsMatch(cell.First)) return false;
        return k + 1 == cells.Count || FindingNumber.IsLabel(cells[k + 1].First, out _);
    }
}
