using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>
/// Turns the table of a Word report into findings. The first table whose row names at least
/// two columns (<see cref="WordTableHeader"/>) is a findings table; each row below its header
/// with a number in the 序号 column starts a finding, and its cells go to the parts their
/// columns name. The layouts a Word table takes on the way:
/// <list type="bullet">
/// <item>a row whose 序号 cell is empty or merged with the one above continues the finding
/// above (a row split across pages): its cells' paragraphs follow that finding's cells;</item>
/// <item>the header row repeated on later pages is dropped;</item>
/// <item>a vertically merged cell is one cell: its text counts once for the finding it starts
/// in, and is the text of every other finding whose row it spans; a cell spanning several
/// grid columns (w:gridSpan) belongs to the column it starts in;</item>
/// <item>a row whose one cell runs across the 序号 column into the parts (a heading such as
/// 「一、水污染防治方面」) and text outside the table (title, notice, signature) become the
/// source note of the next finding, or of the last one at the end of the document; so does a
/// result cell's own notice (公示期, 联系电话, see <see cref="NoticeText"/>);</item>
/// <item>a column the importer does not know (备注 …) is kept in the finding's source note, its
/// name first, so no text is lost;</item>
/// <item>a later table without a header and as wide as the findings table continues it (Word
/// documents converted from PDF often break the table at each page); any other table is text.</item>
/// </list>
/// A number cell reads 「序号二十七」「第27号」, or just 「二十七」「27」「27、」, which becomes the label
/// 「序号二十七」「序号27」 with the column's name in front (trailing 、 or . dropped).
/// </summary>
internal static class WordTableParser
{
    public static IReadOnlyList<SourceFinding> Parse(string path, DocxBody body)
    {
        var state = new State();
        WordTableHeader? header = null;
        var headerWidth = 0;
        var anyTable = false;
        var anyHeader = false;
        foreach (var block in body.Blocks)
        {
            if (block is DocxBody.TextBlock text)
            {
                state.Pending.AddRange(text.Paragraphs.Select(p => (p, Math.Max(1, text.AfterRow))));
                continue;
            }
            var table = (DocxBody.TableBlock)block;
            anyTable = true;
            var start = 0;
            var found = FindHeader(table);
            if (found is { } f)
            {
                anyHeader = true;
                foreach (var row in table.Rows.Take(f.Index)) state.PendingRow(row);
                header = f.Header;
                headerWidth = table.GridColumns;
                start = f.Index + 1;
                // A second header row names the columns under a shared heading.
                while (start < table.Rows.Count && header.IsHeaderRow(table.Rows[start], extend: true)) start++;
                var problems = header.Problems(path).ToList();
                if (problems.Count > 0)
                {
                    state.Errors.AddRange(problems);
                    header = null;
                    continue;
                }
                state.Pending.AddRange(header.Remarks.Select(r => (r, f.Header.Line)));
            }
            else if (header is null || table.GridColumns != headerWidth)
            {
                foreach (var row in table.Rows) state.PendingRow(row);
                continue;
            }
            for (var i = start; i < table.Rows.Count; i++)
                state.Row(header, table.Rows[i]);
        }

        if (state.Errors.Count > 0) throw new DiagnosticException(state.Errors);
        if (!anyTable)
            throw new DiagnosticException(Diagnostic.Error("ZG0421", path, 1, "the Word document holds no table",
                "the importer reads a report's findings from its table (序号, 问题, 整改目标, 整改措施, 完成情况); if this report is written as paragraphs, save it as plain text (.txt, UTF-8) in Word or WPS and import that file"));
        if (!anyHeader)
            throw new DiagnosticException(Diagnostic.Error("ZG0422", path, 1, "no table in the Word document has a header row naming its columns",
                "the findings table needs a header row with the column names 序号, 问题 (or 反馈问题), 整改目标, 整改措施, 完成情况 (or 整改进展); add it above the first finding, or check that this is the right file"));
        return state.Finish();
    }

    private static (int Index, WordTableHeader Header)? FindHeader(DocxBody.TableBlock table)
    {
        for (var i = 0; i < table.Rows.Count; i++)
            if (WordTableHeader.TryRead(table.Rows[i]) is { } header) return (i, header);
        return null;
    }

    private sealed class State
    {
        private readonly List<SourceFinding> _findings = [];
        private readonly Dictionary<int, IReadOnlyList<string>> _mergeOrigins = [];
        private FindingBuilder? _current;
        private bool _resultTurnedNote;
        private int _resultParagraphs;

        public List<(string Text, int Line)> Pending { get; } = [];
        public List<Diagnostic> Errors { get; } = [];

        /// <summary>A row that is not part of a findings table: its text, cell by cell.</summary>
        public void PendingRow(DocxBody.Row row)
        {
            foreach (var cell in row.Cells.Where(c => !c.ContinuesAbove))
                Pending.AddRange(cell.Paragraphs.Select(p => (p, row.Line)));
        }

        public void Row(WordTableHeader header, DocxBody.Row row)
        {
            if (row.Cells.All(c => c.IsEmpty)) return;
            if (header.IsHeaderRow(row, extend: false)) return;
            var numberCell = row.Cells.FirstOrDefault(c => c.Covers(header.NumberColumn));
            if (numberCell is not null && !numberCell.ContinuesAbove && IsHeading(header, numberCell))
            {
                PendingRow(row);
                Remember(row);
                return;
            }
            var continues = numberCell is null || numberCell.ContinuesAbove || numberCell.IsEmpty;
            if (continues && _current is null)
            {
                PendingRow(row);
                Remember(row);
                return;
            }
            if (!continues)
            {
                Close();
                var (number, label) = ReadNumber(numberCell!.Paragraphs[0], header.ColumnAt(numberCell.GridStart)?.Name ?? "序号");
                _current = new FindingBuilder(number, label, row.Line);
                foreach (var (text, line) in Pending) _current.Add(SourceSection.Note, text, line);
                Pending.Clear();
                foreach (var extra in numberCell.Paragraphs.Skip(1)) _current.Add(SourceSection.Note, extra, row.Line);
            }
            foreach (var cell in row.Cells)
            {
                if (ReferenceEquals(cell, numberCell)) continue;
                IReadOnlyList<string> paragraphs;
                if (cell.ContinuesAbove)
                {
                    // The merged cell's text is already in this finding when it only continues it.
                    if (continues) continue;
                    paragraphs = _mergeOrigins.GetValueOrDefault(cell.GridStart) ?? [];
                }
                else
                {
                    paragraphs = cell.Paragraphs;
                }
                Add(header.ColumnAt(cell.GridStart), paragraphs, row.Line, continues);
            }
            Remember(row);
        }

        public IReadOnlyList<SourceFinding> Finish()
        {
            if (_current is not null)
                foreach (var (text, line) in Pending) _current.Add(SourceSection.Note, text, line);
            Close();
            return _findings;
        }

        private void Add(WordTableHeader.Column? column, IReadOnlyList<string> paragraphs, int line, bool continues)
        {
            var current = _current!;
            if (column is null || column.IsNumber || column.Section is null)
            {
                // An unknown column keeps its text, with the column's name so the note still says what it is.
                if (paragraphs.Count == 0) return;
                if (!continues && column is not null) current.Add(SourceSection.Note, column.Name, line);
                foreach (var p in paragraphs) current.Add(SourceSection.Note, p, line);
                return;
            }
            var section = column.Section.Value;
            if (section != SourceSection.Result || !_resultTurnedNote) current.Open(section, line);
            foreach (var p in paragraphs)
            {
                if (section == SourceSection.Result)
                {
                    // A notice after the result (公示期, 联系电话 …) is not the government's result text.
                    if (_resultTurnedNote || (_resultParagraphs > 0 && NoticeText.Starts(p)))
                    {
                        _resultTurnedNote = true;
                        current.Add(SourceSection.Note, p, line);
                        continue;
                    }
                    _resultParagraphs++;
                }
                current.Add(section, p, line);
            }
        }

        private void Close()
        {
            if (_current is not null) _findings.Add(_current.Build());
            _current = null;
            _resultTurnedNote = false;
            _resultParagraphs = 0;
        }

        private void Remember(DocxBody.Row row)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.ContinuesAbove) continue;
                _mergeOrigins[cell.GridStart] = cell.Paragraphs;
            }
        }

        /// <summary>A single cell running from the 序号 column into the parts: a heading row, not a finding.</summary>
        private static bool IsHeading(WordTableHeader header, DocxBody.Cell cell)
        {
            for (var g = cell.GridStart; g < cell.GridStart + cell.GridSpan; g++)
                if (header.ColumnAt(g) is { IsNumber: false }) return true;
            return false;
        }
    }

    /// <summary>The finding number and its label from a 序号 cell's first paragraph.</summary>
    public static (int Number, string Label) ReadNumber(string text, string columnName)
    {
        if (FindingNumber.IsLabel(text, out var labelled)) return (labelled, text);
        var core = text.TrimEnd('、', '.', '．', ' ', '\u3000');
        if (ChineseNumber.TryParse(core, out var number)) return (number, columnName + core);
        return (0, text);
    }
}
