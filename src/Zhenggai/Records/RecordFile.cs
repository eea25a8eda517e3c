using System.Diagnostics.CodeAnalysis;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using Zhenggai.Diagnostics;

namespace Zhenggai.Records;

/// <summary>
/// Reads and writes the human-editable record format: YAML front matter between <c>---</c>
/// lines, then one <c>## 标题</c> section per part with one paragraph per line.
/// Writing then reading gives back the same record, and writing is deterministic.
/// </summary>
public static class RecordFile
{
    /// <summary>Records larger than this are refused: no real finding comes near it, a pasted binary does.</summary>
    public const int MaxBytes = 1024 * 1024;

    public const string UnitsHeading = "责任单位";
    public const string DeadlineHeading = "整改时限";
    public const string SourceNoteHeading = "来源说明";

    private static readonly string[] OptionalHeadings = [UnitsHeading, DeadlineHeading, SourceNoteHeading];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Built on first use (Lazy): a build only reads records, and building the serializer and the
    // deserializer took about 0.15 s of a 10,000-finding build's CPU that plain records never need.
    private static readonly Lazy<ISerializer> Serializer = new(BuildSerializer);

    // Reflection over the front matter's properties: in the tool compiled ahead of time they are kept, as
    // the whole assembly is (Zhenggai.Cli.csproj), and the CI imports the seeds with that build too.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "RecordFrontMatter and FrontMatterCommitment, the only types it writes besides strings, lists and numbers, are the tool's own and kept whole.")]
    private static ISerializer BuildSerializer() => new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections | DefaultValuesHandling.OmitDefaults)
        .DisableAliases()
        .WithEventEmitter(next => new ExactScalarEmitter(next))
        .Build();

    // The static context is generated at compile time: the reflection-based deserializer looked
    // up the front matter's properties and compiled an invoke stub for each of their setters on
    // every start, a large part of reading a small site. Same YAML rules and errors.
    private static readonly Lazy<IDeserializer> Deserializer = new(() => new StaticDeserializerBuilder(new FrontMatterYamlContext())
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build());

    public static string FileName(int number) => number.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + ".md";

    public static string Write(FindingRecord record)
    {
        var front = new RecordFrontMatter
        {
            Number = record.Number,
            Label = record.Label,
            Title = record.Title,
            Themes = record.Themes.ToList(),
            Status = record.Status,
            StatusText = record.StatusText,
            Report = record.Report,
            Source = record.Source,
            SourceLine = record.SourceLine,
            Updated = record.Updated,
            Units = record.Units.ToList(),
            Deadlines = record.Deadlines.Select(d => new FrontMatterCommitment { Measure = d.Measure, Text = d.Text, Due = d.Due, Kind = d.Kind }).ToList(),
            RedirectFrom = record.RedirectFrom.ToList(),
        };
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(Serializer.Value.Serialize(front).Replace("\r\n", "\n"));
        sb.Append("---\n");
        foreach (var part in FindingParts.All)
            AppendSection(sb, FindingParts.Heading(part), record.GetPart(part));
        if (record.UnitsText is not null) AppendSection(sb, UnitsHeading, record.UnitsText);
        if (record.DeadlineText is not null) AppendSection(sb, DeadlineHeading, record.DeadlineText);
        if (record.SourceNote is not null) AppendSection(sb, SourceNoteHeading, record.SourceNote);
        return sb.ToString();
    }

    private static void AppendSection(StringBuilder sb, string heading, string text)
    {
        sb.Append("\n## ").Append(heading).Append("\n\n");
        foreach (var paragraph in text.Split('\n'))
        {
            // A paragraph that could be read as a heading or an escape is escaped with one backslash.
            if (paragraph.StartsWith('\\') || paragraph.StartsWith("##", StringComparison.Ordinal) || paragraph.StartsWith("---", StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(paragraph).Append('\n');
        }
    }

    /// <summary>Reads a record file's bytes; every problem becomes a diagnostic naming <paramref name="path"/>.</summary>
    public static FindingRecord Read(byte[] bytes, string path)
    {
        if (bytes.Length > MaxBytes)
            throw Fail("ZG0201", path, 1, $"the record is {bytes.Length:N0} bytes, over the limit of {MaxBytes:N0}",
                "a finding record holds text only; check that no binary or pasted document ended up in this file");
        if (bytes.Length == 0)
            throw Fail("ZG0202", path, 1, "the record file is empty",
                "delete it, or re-create it with `zhenggai import`");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw Fail("ZG0203", path, LineOfByte(bytes, nul), "the record contains NUL bytes: it is a binary file, not text",
                "records are UTF-8 text files; restore this file from version control or re-import it");
        string text;
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Point at the first byte UTF-8 cannot read: that is where the editor saved another encoding.
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(start), new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            throw Fail("ZG0204", path, LineOfByte(bytes, start + valid), "the record is not valid UTF-8 text",
                "save the file as UTF-8 (GB18030/GBK source documents go through `zhenggai import`, which converts them)");
        }
        return Parse(text, path);
    }

    public static FindingRecord Parse(string text, string path)
    {
        // A lone CR ends a line too (old Mac editors); left inside a paragraph, pages would show it as a break the record does not have.
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = RecordLines.Of(text);
        if (!IsFence(lines.Line(text, 0)))
            throw Fail("ZG0205", path, 1, "the record does not start with front matter (a line `---`)",
                "start the file with `---`, the YAML fields (number, label, title, themes, status, report, source), and another `---`");
        var close = -1;
        for (var i = 1; i < lines.Count && close < 0; i++)
            if (IsFence(lines.Line(text, i))) close = i;
        if (close < 0)
            throw Fail("ZG0206", path, 1, "the front matter is not closed: no second `---` line",
                "add a line `---` after the last front matter field");

        if (!FrontMatterFastReader.TryRead(text, lines, 1, close, out var front))
            front = Deserialize(text, lines, close, path);

        var keyLines = KeyLinesOf(text, lines, close);
        var bag = new List<Diagnostic>();
        var sections = ReadSections(text, lines, close + 1, path, bag);
        if (front.Number is null or <= 0)
            bag.Add(Diagnostic.Error("ZG0208", path, keyLines.GetValueOrDefault("number", 2),
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
            bag.Add(Diagnostic.Error("ZG0210", path, lines.Count, $"the part `## {heading}` is missing",
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
            KeyLines = keyLines,
        };
        if (bag.Count > 0) throw new DiagnosticException(bag);
        return record;

        void Require(string? value, string key, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                bag.Add(Diagnostic.Error("ZG0208", path, 2, $"front matter has no `{key}`", $"add `{key}:` — {what}"));
        }
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd() is "---";

    /// <summary>YamlDotNet reads the front matter <see cref="FrontMatterFastReader"/> declines, and reports what is wrong with it.</summary>
    internal static RecordFrontMatter Deserialize(string text, RecordLines lines, int close, string path)
    {
        var yaml = close > 1 ? text[lines.Start(1)..lines.End(close - 1)] : "";
        try
        {
            return Deserializer.Value.Deserialize<RecordFrontMatter>(yaml) ?? new RecordFrontMatter();
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException is YamlException y ? y : ex;
            var message = FirstLine(inner.Message);
            var line = (int)ex.Start.Line + 1;
            // A value of the wrong kind (`number: ../2`, `title: [a, b]`) only gets a generic message
            // from the YAML library; say what the key takes instead.
            if (ex.InnerException is not (null or YamlException) || message.StartsWith("No node deserializer", StringComparison.Ordinal))
                message = WrongValue(line >= 1 && line <= lines.Count ? lines.Line(text, line - 1).Trim().ToString() : "");
            throw new DiagnosticException(Diagnostic.Error("ZG0207", path, line,
                $"front matter: {message}",
                "front matter is YAML: `key: value` per line; known keys are number, label, title, themes, status, status_text, report, source, source_line, updated, units, deadlines, redirect_from; quote values that contain `: ` or start with a quote",
                (int)ex.Start.Column));
        }
    }

    private sealed record Section(int Line, string Text);

    private static readonly string[] Headings = [.. FindingParts.All.Select(FindingParts.Heading), .. OptionalHeadings];

    private static Dictionary<string, Section> ReadSections(string text, RecordLines lines, int start, string path, List<Diagnostic> bag)
    {
        var sections = new Dictionary<string, Section>();
        string? current = null;
        int currentLine = 0;
        // Each paragraph as [start, end) in the text, so a section whose lines follow one another is one slice of it.
        var paragraphs = new List<(int Start, int End)>();

        void Flush()
        {
            if (current is not null) sections[current] = new Section(currentLine, Join(text, paragraphs));
            paragraphs.Clear();
        }

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines.Line(text, i).TrimEnd();
            if (line.Length == 0) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal) || line is "##")
            {
                var title = line.Length > 3 ? line[3..].Trim() : [];
                string? heading = null;
                foreach (var h in Headings)
                    if (title.SequenceEqual(h)) heading = h;
                if (heading is null)
                {
                    bag.Add(Diagnostic.Error("ZG0211", path, i + 1, $"unknown section `## {title}`",
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
            var from = lines.Start(i);
            paragraphs.Add((line[0] == '\\' ? from + 1 : from, from + line.Length));
        }
        Flush();
        return sections;
    }

    /// <summary>The paragraphs joined by '\n': one slice when each follows the last's line end, as in any record written by <see cref="Write"/>.</summary>
    private static string Join(string text, List<(int Start, int End)> paragraphs)
    {
        if (paragraphs.Count == 0) return "";
        var contiguous = true;
        var length = paragraphs.Count - 1;
        for (var k = 0; k < paragraphs.Count; k++)
        {
            length += paragraphs[k].End - paragraphs[k].Start;
            if (k > 0 && paragraphs[k].Start != paragraphs[k - 1].End + 1) contiguous = false;
        }
        if (contiguous) return text.Substring(paragraphs[0].Start, length);
        return string.Create(length, (text, paragraphs), static (span, state) =>
        {
            var at = 0;
            for (var k = 0; k < state.paragraphs.Count; k++)
            {
                var (from, to) = state.paragraphs[k];
                // Between paragraphs by index, not by what was written: a paragraph can be empty (a line holding only `\`).
                if (k > 0) span[at++] = '\n';
                state.text.AsSpan(from, to - from).CopyTo(span[at..]);
                at += to - from;
            }
        });
    }

    private static Dictionary<string, int> KeyLinesOf(string text, RecordLines lines, int close)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            var line = lines.Line(text, i);
            var colon = line.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-')
            {
                var key = line[..colon];
                map.TryAdd(FrontMatterFastReader.KnownKey(key) ?? key.ToString(), i + 1);
            }
        }
        return map;
    }

    private static DiagnosticException Fail(string code, string path, int line, string message, string hint)
        => new(Diagnostic.Error(code, path, line, message, hint));

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

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
