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
    private static readonly Regex RowCounterCell = new(@"^[ ]*\t[ ]*[0-9]+[ \t]*$");
    private static readonly Regex NumberLine = new(@"^(?:序号|问题编号)[：:]?[ ]?\S{1,6}$|^第\S{1,6}号$");
    private static readonly Regex LabelPrefix = new(
        "^(?:" + NoiseRules.HeadingNumbering + @")?\s*(?:"
        + string.Join('|', NoiseRules.Labels.Select(l => Regex.Escape(l.Word)).OrderByDescending(w => w.Length))
        + @")\s*(?:" + NoiseRules.LabelSeparator + @"\s*(?<rest>.*))?$");

    /// <summary>A paragraph of the source that a record must hold; <c>Starts</c> when the source starts a section with it.</summary>
    public sealed record Kept(string Text, bool Starts);

    /// <summary>The paragraphs a record may hold: the source minus NoiseRules' list, in order.</summary>
    public static List<Kept> KeptParagraphs(string text, SourceShape shape)
    {
        var kept = new List<Kept>();
        var seenNumber = false;
        var afterLabel = false;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = NoiseRules.Bookmark().Replace(raw, "").Trim();
            if (line.Length == 0) continue;
            var starts = false;
            if (shape == SourceShape.TableText)
            {
                if (RowCounterCell.IsMatch(raw)) continue;
                if (!seenNumber && (line == "序号" || NoiseRules.Labels.Any(l => l.Word == line))) continue;
                // Cells above the first 序号 (a header row, a caption) are note material, not sections.
                starts = seenNumber && raw.TrimStart(' ').StartsWith('\t');
            }
            else
            {
                starts = afterLabel;
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
            }
            if (NumberLine.IsMatch(line))
            {
                seenNumber = true;
                starts = true;
            }
            kept.Add(new Kept(line, starts));
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
