using Zhenggai.Diagnostics;

namespace Zhenggai.Import;

/// <summary>
/// Reads the labelled shapes governments publish single findings in: label lines
/// (「整改任务：…」), headed sections (「一、整改任务内容」 with text below) and two-column tables
/// flattened to alternating label and value lines. All three are the same walk: a finding
/// starts at its number line (序号14, 第39号, 问题编号十一); a label line opens a section; other
/// lines continue the open section. Notice text (公示期, 联系电话 and what follows) and text
/// outside any section go to the source note.
/// </summary>
public static class LabelledTextParser
{
    private static readonly HashSet<SourceSection> Parts =
        [SourceSection.Problem, SourceSection.Target, SourceSection.Measures, SourceSection.Result];

    /// <summary>True when at least two of the four parts are introduced by label lines.</summary>
    public static bool Fits(IReadOnlyList<string> lines) =>
        lines.Select(l => LabelLine.Match(NoiseRules.Clean(l))?.Label.Section)
            .Where(s => s is not null && Parts.Contains(s.Value))
            .Distinct()
            .Count() >= 2;

    public static (IReadOnlyList<SourceFinding> Findings, SourceShape Shape) Parse(string path, IReadOnlyList<string> lines)
    {
        var findings = new List<SourceFinding>();
        var errors = new List<Diagnostic>();
        var preamble = new List<(string Text, int Line)>();
        FindingBuilder? current = null;
        SourceSection? section = null;
        bool numbered = false, colon = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = i + 1;
            var text = NoiseRules.Clean(lines[i]);
            if (NoiseRules.IsBlank(text)) continue;

            if (FindingNumber.IsLabel(text, out var number))
            {
                if (current is not null) findings.Add(current.Build());
                current = new FindingBuilder(number, text, line);
                foreach (var (t, l) in preamble) current.Add(SourceSection.Note, t, l);
                preamble.Clear();
                section = null;
                continue;
            }

            var label = LabelLine.Match(text);
            if (label is not null)
            {
                var heading = label.Label.Word;
                if (current is null)
                {
                    errors.Add(Diagnostic.Error("ZG0410", path, line,
                        $"the label 「{heading}」 comes before any finding number",
                        "put the finding's number on its own line above its first part, e.g. 「序号14」, 「第39号」 or 「问题编号十一」"));
                    continue;
                }
                if (current.IsOpen(label.Label.Section))
                {
                    errors.Add(Diagnostic.Error("ZG0411", path, line,
                        $"{current.Label} (line {current.Line}) has a second 「{heading}」 section",
                        "each part appears once per finding; if this line is text, not a label, rephrase its start; if a number line is missing, add it (e.g. 「序号15」) above this part"));
                    continue;
                }
                numbered |= label.Numbered;
                colon |= label.Colon;
                section = label.Label.Section;
                current.Open(section.Value, line);
                if (label.Rest.Length > 0) current.Add(section.Value, label.Rest, line);
                continue;
            }

            if (NoticeText.Starts(text)) section = SourceSection.Note;
            if (current is null) preamble.Add((text, line));
            else current.Add(section ?? SourceSection.Note, text, line);
        }
        if (current is not null) findings.Add(current.Build());
        if (errors.Count > 0) throw new DiagnosticException(errors);
        var shape = numbered ? SourceShape.HeadedSections : colon ? SourceShape.LabelLines : SourceShape.AlternatingLabels;
        return (findings, shape);
    }
}
