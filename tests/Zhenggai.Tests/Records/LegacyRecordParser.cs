using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using Zhenggai.Diagnostics;
using Zhenggai.Records;

namespace Zhenggai.Tests.Records;

/// <summary>
/// <see cref="RecordFile.Parse"/> as it was before it read plain front matter itself and sliced
/// paragraphs out of the text (commit 4526b2e), kept verbatim as the oracle that
/// <see cref="RecordParseEquivalenceTests"/> compares the new reader with: same records, same
/// diagnostics to the column and hint.
/// </summary>
internal static class LegacyRecordParser
{
    private const string UnitsHeading = RecordFile.UnitsHeading;
    private const string DeadlineHeading = RecordFile.DeadlineHeading;
    private const string SourceNoteHeading = RecordFile.SourceNoteHeading;

    private static readonly string[] OptionalHeadings = [UnitsHeading, DeadlineHeading, SourceNoteHeading];

    private static readonly IDeserializer Deserializer = new StaticDeserializerBuilder(new FrontMatterYamlContext())
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static FindingRecord Parse(string text, string path)
    {
        // A lone CR ends a line too (old Mac editors); left inside a paragraph, pages would show it as a break the record does not have.
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            throw Fail("ZG0205", path, 1, "the record does not start with front matter (a line `---`)",
                "start the file with `---`, the YAML fields (number, label, title, themes, status, report, source), and another `---`");
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
            throw Fail("ZG0206", path, 1, "the front matter is not closed: no second `---` line",
                "add a line `---` after the last front matter field");

        var yaml = string.Join('\n', lines, 1, close - 1);
        RecordFrontMatter front;
        try
        {
            front = Deserializer.Deserialize<RecordFrontMatter>(yaml) ?? new RecordFrontMatter();
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException is YamlException y ? y : ex;
            var message = FirstLine(inner.Message);
            var line = (int)ex.Start.Line + 1;
            // A value of the wrong kind (`number: ../2`, `title: [a, b]`) only gets a generic message
            // from the YAML library; say what the key takes instead.
            if (ex.InnerException is not (null or YamlException) || message.StartsWith("No node deserializer", StringComparison.Ordinal))
                message = WrongValue(line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "");
            throw new DiagnosticException(Diagnostic.Error("ZG0207", path, line,
                $"front matter: {message}",
                "front matter is YAML: `key: value` per line; known keys are number, label, title, themes, status, status_text, report, source, source_line, updated, units, deadlines, redirect_from; quote values that contain `: ` or start with a quote",
                (int)ex.Start.Column));
        }

        var bag = new List<Diagnostic>();
        var sections = ReadSections(lines, close + 1, path, bag);
        if (front.Number is null or <= 0)
            bag.Add(Diagnostic.Error("ZG0208", path, KeyLinesOf(lines, close).GetValueOrDefault("number", 2),
                front.Number is null ? "front matter has no `number` (a positive whole number, the 序号)" : $"front matter `number: {front.Number}` is not a positive whole number (the 序号)",
                "add for example `number: 27` for 序号二十七"));
        Require(front.Label, "label", "the 序号 as printed, for example `label: 序号二十七`");
        Require(front.Title, "title", "a short title, usually the first sentence of the problem");
        Require(front.Status, "status", "one of " + string.Join("、", FindingStatus.All));
        Require(front.Report, "report", "the id of a report in statiq.json `Reports`");
        Require(front.Source, "source", "the source document, for example `seeds/002_fa07499f0b0f03df.txt`");

        string Part(FindingPart part)
        {
            var heading = FindingParts.Heading(part);
            if (sections.TryGetValue(heading, out var s))
            {
                if (s.Text.Length == 0)
                    bag.Add(Diagnostic.Error("ZG0209", path, s.Line, $"the part `## {heading}` is empty",
                        "every finding publishes its four parts; paste the official text under the heading"));
                return s.Text;
            }
            bag.Add(Diagnostic.Error("ZG0210", path, lines.Length, $"the part `## {heading}` is missing",
                "add the heading and the official text; the four parts are ## 问题, ## 整改目标, ## 整改措施, ## 完成情况"));
            return "";
        }

        var record = new FindingRecord
        {
            Number = front.Number ?? 0,
            Label = front.Label ?? "",
            Title = front.Title ?? "",
            Themes = front.Themes ?? [],
            Status = front.Status ?? "",
            StatusText = front.StatusText,
            Report = front.Report ?? "",
            Source = front.Source ?? "",
            SourceLine = front.SourceLine ?? 0,
            Updated = front.Updated,
            Units = front.Units ?? [],
            Deadlines = (front.Deadlines ?? []).Select(d => new Commitment(d.Measure ?? "", d.Text ?? "", d.Due, d.Kind ?? "dated")).ToList(),
            RedirectFrom = front.RedirectFrom ?? [],
            Problem = Part(FindingPart.Problem),
            Target = Part(FindingPart.Target),
            Measures = Part(FindingPart.Measures),
            Result = Part(FindingPart.Result),
            UnitsText = sections.TryGetValue(UnitsHeading, out var u) ? u.Text : null,
            DeadlineText = sections.TryGetValue(DeadlineHeading, out var dl) ? dl.Text : null,
            SourceNote = sections.TryGetValue(SourceNoteHeading, out var n) ? n.Text : null,
            FilePath = path,
            KeyLines = KeyLinesOf(lines, close),
        };
        if (bag.Count > 0) throw new DiagnosticException(bag);
        return record;

        void Require(string? value, string key, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                bag.Add(Diagnostic.Error("ZG0208", path, 2, $"front matter has no `{key}`", $"add `{key}:` — {what}"));
        }
    }

    private sealed record Section(int Line, string Text);

    private static Dictionary<string, Section> ReadSections(string[] lines, int start, string path, List<Diagnostic> bag)
    {
        var known = FindingParts.All.Select(FindingParts.Heading).Concat(OptionalHeadings).ToHashSet();
        var sections = new Dictionary<string, Section>();
        string? current = null;
        int currentLine = 0;
        var paragraphs = new List<string>();

        void Flush()
        {
            if (current is not null) sections[current] = new Section(currentLine, string.Join('\n', paragraphs));
            paragraphs.Clear();
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal) || line == "##")
            {
                var heading = line.Length > 3 ? line[3..].Trim() : "";
                if (!known.Contains(heading))
                {
                    bag.Add(Diagnostic.Error("ZG0211", path, i + 1, $"unknown section `## {heading}`",
                        "sections are ## 问题, ## 整改目标, ## 整改措施, ## 完成情况 and optionally ## 责任单位, ## 整改时限, ## 来源说明; a paragraph that starts with ## is written as \\##"));
                    continue;
                }
                if (sections.ContainsKey(heading) || heading == current)
                    bag.Add(Diagnostic.Error("ZG0212", path, i + 1, $"the section `## {heading}` appears twice",
                        "merge the two sections into one"));
                Flush();
                current = heading;
                currentLine = i + 1;
                continue;
            }
            if (current is null)
            {
                bag.Add(Diagnostic.Error("ZG0213", path, i + 1, "text before the first section heading",
                    "put official text under one of ## 问题, ## 整改目标, ## 整改措施, ## 完成情况"));
                continue;
            }
            paragraphs.Add(line.StartsWith('\\') ? line[1..] : line);
        }
        Flush();
        return sections;
    }

    private static Dictionary<string, int> KeyLinesOf(string[] lines, int close)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(lines[i][0]) && lines[i][0] != '-')
                map.TryAdd(lines[i][..colon], i + 1);
        }
        return map;
    }

    private static DiagnosticException Fail(string code, string path, int line, string message, string hint)
        => new(Diagnostic.Error(code, path, line, message, hint));

    private static string WrongValue(string line)
    {
        var colon = line.IndexOf(':');
        var key = colon > 0 ? line[..colon].Trim() : "";
        var takes = key switch
        {
            "number" => "a positive whole number (the 序号)",
            "source_line" => "a whole number",
            "themes" => "a list of theme keys, one `- key` per line",
            "units" => "a list of unit names, one `- name` per line",
            "redirect_from" => "a list of old addresses, one `- path` per line",
            "deadlines" => "a list of commitments, each with measure, text, due and kind",
            "" => null,
            _ => "one line of text (in quotes when it starts with [ { * & ! | > ' \" % @ or `)",
        };
        return takes is null ? $"`{line}` cannot be read" : $"`{line}`: `{key}` takes {takes}";
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n');
        return i < 0 ? s : s[..i];
    }
}
