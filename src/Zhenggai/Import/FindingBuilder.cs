namespace Zhenggai.Import;

/// <summary>Collects one finding's paragraphs, section by section, while a parser walks the source.</summary>
internal sealed class FindingBuilder(int number, string label, int line)
{
    private readonly Dictionary<SourceSection, List<string>> _paragraphs = [];
    private readonly Dictionary<SourceSection, int> _lines = [];

    public int Line => line;
    public string Label => label;

    /// <summary>Marks a section as present from <paramref name="at"/>, even before it has text.</summary>
    public void Open(SourceSection section, int at)
    {
        _lines.TryAdd(section, at);
        if (!_paragraphs.ContainsKey(section)) _paragraphs[section] = [];
    }

    public bool IsOpen(SourceSection section) => _paragraphs.ContainsKey(section);

    public void Add(SourceSection section, string paragraph, int at)
    {
        Open(section, at);
        _paragraphs[section].Add(paragraph);
    }

    public SourceFinding Build()
    {
        string Text(SourceSection s) => _paragraphs.TryGetValue(s, out var p) ? string.Join('\n', p) : "";
        string? Optional(SourceSection s) => _paragraphs.TryGetValue(s, out var p) && p.Count > 0 ? string.Join('\n', p) : null;
        return new SourceFinding
        {
            Number = number,
            Label = label,
            Line = line,
            Problem = Text(SourceSection.Problem),
            Target = Text(SourceSection.Target),
            Measures = Text(SourceSection.Measures),
            Result = Text(SourceSection.Result),
            UnitsText = Optional(SourceSection.Units),
            DeadlineText = Optional(SourceSection.Deadline),
            SourceStatus = Optional(SourceSection.Status),
            SourceNote = Optional(SourceSection.Note),
            SectionLines = new Dictionary<SourceSection, int>(_lines),
        };
    }
}
