namespace Zhenggai.Records;

/// <summary>
/// The lines of a record's text (LF line ends) as offsets into it, the lines
/// <c>text.Split('\n')</c> gives without a string per line: a record's paragraphs are read
/// back as slices of the text, so splitting and re-joining them copied every record twice.
/// </summary>
internal readonly struct RecordLines
{
    private readonly int[] starts;

    public int Count { get; }

    private RecordLines(int[] starts, int count)
    {
        this.starts = starts;
        Count = count;
    }

    public static RecordLines Of(string text)
    {
        var count = 1 + text.AsSpan().Count('\n');
        var starts = new int[count + 1];
        var n = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts[n++] = i + 1;
        // One past the last line's end, as if a '\n' followed it, so End(i) is one rule.
        starts[count] = text.Length + 1;
        return new RecordLines(starts, count);
    }

    public int Start(int line) => starts[line];

    /// <summary>Offset just past the line's last character (its '\n' or the end of the text).</summary>
    public int End(int line) => starts[line + 1] - 1;

    public ReadOnlySpan<char> Line(string text, int line) => text.AsSpan(starts[line], starts[line + 1] - 1 - starts[line]);
}
