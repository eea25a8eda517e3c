using System.Text.RegularExpressions;
using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Tests.Import;

/// <summary>
/// Proves that nothing is lost or moved: the source, stripped of exactly what
/// <see cref="NoiseRules"/> lists, must be tiled by the records' fields — every kept paragraph
/// lands in exactly one field of exactly one record, in source order, and every record
/// paragraph comes from the source. A field must also start where the source starts a section
/// (a TAB cell, a label) and run on only over continuation lines, so text shifted across a
/// part boundary fails too. This walks the raw lines itself and never calls the parsers.
/// </summary>
internal static class Conservation
{
    private static readonly Regex RowCounterText = new(@"^[0-9]{1,4}$");
    private const string Numeral = "[0-9０-９〇零一二两三四五六七八九十百千万萬壹贰叁肆伍陆柒捌玖拾佰仟]{1,12}";
    private static readonly Regex NumberLine = new("^(?:序号|问题序号|问题编号)[ \t\u3000]*[：:]?[ \t\u3000]*" + Numeral + "$|^第[ \t\u3000]*" + Numeral + "[ \t\u3000]*号$");
    private static readonly Regex LabelPrefix = new(
        "^(?:" + NoiseRules.HeadingNumbering + @")?\s*(?:"
        + string.Join('|', NoiseRules.Labels.Select(l => Regex.Escape(l.Word)).OrderByDescending(w => w.Length))
        + @")\s*(?:" + NoiseRules.LabelSeparator + @"\s*(?<rest>.*))?$");

    /// <summary>A paragraph of the source that a record must hold; <c>Starts</c> when the source starts a section with it.</summary>
    public sealed record Kept(string Text, bool Starts);

    /// <summary>The paragraphs a record may hold: the source minus NoiseRules' list, in order.</summary>
    public static List<Kept> KeptParagraphs(string text, SourceShape shape)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return shape == SourceShape.TableText ? TableParagraphs(lines) : LabelledParagraphs(lines);
    }

    private static string Clean(string raw) => NoiseRules.Bookmark().Replace(raw, "").Trim();

    /// <summary>A table cell starts with a TAB, after stray spaces (ASCII, no-break or full-width).</summary>
    private static bool IsCell(string raw) => raw.TrimStart(' ', '\u00A0', '\u3000').StartsWith('\t');

    private sealed record Unit(bool IsCell, List<string> Paragraphs);

    /// <summary>
    /// The flattened table: a cell is a line that starts with a TAB and the lines after it up to
    /// the next cell; lines before the first cell stand alone. Dropped: row counters (a cell of
    /// one number up to four digits, followed by a 序号 cell or by nothing) and, above the first
    /// 序号, header cells (序号 or a label word alone in its cell). A cell's first paragraph starts
    /// a section once the first 序号 cell has been seen; text above it is note material.
    /// </summary>
    private static List<Kept> TableParagraphs(string[] lines)
    {
        var units = new List<Unit>();
        foreach (var raw in lines)
        {
            var line = Clean(raw);
            if (IsCell(raw)) units.Add(new Unit(true, line.Length > 0 ? [line] : []));
            else if (line.Length == 0) continue;
            else if (units.Count > 0 && units[^1].IsCell) units[^1].Paragraphs.Add(line);
            else units.Add(new Unit(false, [line]));
        }
        var kept = new List<Kept>();
        var seenNumber = false;
        for (var k = 0; k < units.Count; k++)
        {
            var (cell, paragraphs) = (units[k].IsCell, units[k].Paragraphs);
            if (paragraphs.Count == 0) continue;
            var number = cell && NumberLine.IsMatch(paragraphs[0]);
            if (!number && cell && paragraphs.Count == 1)
            {
                var only = paragraphs[0];
                var next = k + 1 < units.Count ? units[k + 1].Paragraphs.FirstOrDefault() ?? "" : null;
                if (RowCounterText.IsMatch(only) && (next is null || NumberLine.IsMatch(next))) continue;
                if (!seenNumber && (only == "序号" || NoiseRules.Labels.Any(l => l.Word == only))) continue;
            }
            seenNumber |= number;
            for (var j = 0; j < paragraphs.Count; j++)
                kept.Add(new Kept(paragraphs[j], j == 0 && cell && seenNumber));
        }
        return kept;
    }

    /// <summary>The labelled shapes: label words, their numbering and separator are structure; a label alone starts the next paragraph's section.</summary>
    private static List<Kept> LabelledParagraphs(string[] lines)
    {
        var kept = new List<Kept>();
        var afterLabel = false;
        foreach (var raw in lines)
        {
            var line = Clean(raw);
            if (line.Length == 0) continue;
            // Notice text (公示期, 联系电话 …) goes to the note even right under a label.
            var starts = afterLabel && !NoticeText.Starts(line);
            afterLabel = false;
            var label = LabelPrefix.Match(line);
            if (label.Success)
            {
                line = label.Groups["rest"].Value.Trim();
                starts = true;
                if (line.Length == 0)
                {
                    afterLabel = true;
                    continue;
                }
            }
            kept.Add(new Kept(line, starts || NumberLine.IsMatch(line)));
        }
        return kept;
    }

    /// <summary>Null when <paramref name="records"/> tile <paramref name="kept"/> exactly; otherwise what went wrong.</summary>
    /// <param name="ordered">Fields must follow the record order 序号, 问题, 整改目标, 整改措施, 完成情况 (the table shape).</param>
    public static string? Check(IReadOnlyList<Kept> kept, IReadOnlyList<FindingRecord> records, bool ordered)
    {
        var sorted = records.OrderBy(r => r.SourceLine).ToList();
        var fields = sorted.Select(FieldsOf).ToList();
        var notes = sorted.Select(r => r.SourceNote?.Split('\n') ?? []).ToList();
        var furthest = 0;

        bool Go(int p, int r, int used, int note)
        {
            if (r == sorted.Count) return p == kept.Count;
            var fs = fields[r];
            furthest = Math.Max(furthest, p);
            var done = note == notes[r].Length && Enumerable.Range(0, fs.Count).All(i => fs[i].Optional || (used & (1 << i)) != 0);
            if (done && Go(p, r + 1, 0, 0)) return true;
            if (p == kept.Count) return false;
            // Notes are the text between sections: they never take a paragraph that starts one.
            if (note < notes[r].Length && !kept[p].Starts && kept[p].Text == notes[r][note] && Go(p + 1, r, used, note + 1)) return true;
            var highest = used == 0 ? -1 : 31 - int.LeadingZeroCount(used);
            for (var i = 0; i < fs.Count; i++)
            {
                if ((used & (1 << i)) != 0 || (ordered && i < highest)) continue;
                var paragraphs = fs[i].Paragraphs;
                if (p + paragraphs.Length > kept.Count) continue;
                // A field starts a section of the source and runs on over continuation paragraphs only.
                var match = kept[p].Starts;
                for (var j = 0; j < paragraphs.Length && match; j++) match = kept[p + j].Text == paragraphs[j] && (j == 0 || !kept[p + j].Starts);
                if (match && Go(p + paragraphs.Length, r, used | (1 << i), note)) return true;
            }
            return false;
        }

        if (Go(0, 0, 0, 0)) return null;
        var at = furthest < kept.Count ? $"「{kept[furthest].Text}」" : "the end of the source";
        return $"the records do not tile the source: stuck at kept paragraph {furthest} of {kept.Count}, {at}";
    }

    private sealed record Field(string Name, string[] Paragraphs, bool Optional);

    private static List<Field> FieldsOf(FindingRecord r)
    {
        var fields = new List<Field> { new("label", [r.Label], false) };
        foreach (var part in FindingParts.All)
            fields.Add(new Field(FindingParts.Heading(part), r.GetPart(part).Split('\n'), false));
        if (r.UnitsText is not null) fields.Add(new Field("units", r.UnitsText.Split('\n'), false));
        if (r.DeadlineText is not null) fields.Add(new Field("deadline", r.DeadlineText.Split('\n'), false));
        // A source status (整改状态) is kept as status_text when it differs from the status, else as the status itself.
        fields.Add(new Field("status", (r.StatusText ?? r.Status).Split('\n'), true));
        return fields;
    }
}
