using System.Text;
using CsCheck;
using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Tests.Reliability.Properties;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Records;

/// <summary>
/// <see cref="RecordFile.Parse"/> reads plain front matter itself and falls back to YamlDotNet for
/// anything else; it must give what YamlDotNet gave before (<see cref="LegacyRecordParser"/>) for
/// any text: the same record, or the same diagnostics to the line, column, message and hint.
/// The generated records mix the plain shape with everything that must go to YamlDotNet:
/// quotes, comments, flow lists, indentation, blank lines, unknown and repeated keys, null
/// words, number forms, YAML indicators and line-break characters inside values, and broken
/// sections (unknown, repeated, empty, text before the first heading, CR line ends).
/// </summary>
public sealed class RecordParseEquivalenceTests
{
    private static readonly string[] Keys =
        ["number", "label", "title", "themes", "status", "status_text", "report", "source", "source_line", "updated", "units", "deadlines", "redirect_from"];

    /// <summary>Pieces of a value: ordinary text and every character or word YAML treats specially.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char['\u4E00', '\u4FFF'].Array[1, 6].Select(c => new string(c))),
        (4, Gen.String[Gen.Char['a', 'z'], 1, 5]),
        (3, Gen.OneOf(Gen.Const("0"), Gen.Const("7"), Gen.Const("12"), Gen.Const("007"), Gen.Const("2025-03-31"), Gen.Const("0x1F"), Gen.Const("1_0"), Gen.Const("+3"), Gen.Const("1e3"), Gen.Const("9999999999"))),
        (6, Gen.OneOf(
            Gen.Const(": "), Gen.Const(":"), Gen.Const(" #"), Gen.Const("#"), Gen.Const("\""), Gen.Const("'"), Gen.Const("-"), Gen.Const("- "),
            Gen.Const("["), Gen.Const("]"), Gen.Const("{"), Gen.Const("}"), Gen.Const(","), Gen.Const("&a"), Gen.Const("*a"), Gen.Const("!"),
            Gen.Const("|"), Gen.Const(">"), Gen.Const("%"), Gen.Const("@"), Gen.Const("`"), Gen.Const("?"), Gen.Const("~"), Gen.Const(" "),
            Gen.Const("\t"), Gen.Const("\u3000"), Gen.Const("\u00A0"), Gen.Const("\u2028"), Gen.Const("\u2029"), Gen.Const("\u0085"),
            Gen.Const("\uFEFF"), Gen.Const("\u0001"), Gen.Const("\u007F"), Gen.Const("\uFFFD"), Gen.Const("\\"), Gen.Const("\\n"),
            Gen.Const("："), Gen.Const("“"), Gen.Const("null"), Gen.Const("Null"), Gen.Const("NULL"), Gen.Const("true"), Gen.Const("No"),
            Gen.Const("yes"), Gen.Const("off"), Gen.Const("y"), Gen.Const("."), Gen.Const("..."), Gen.Const("---"), Gen.Const("😀"))));

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u4FFF'].Array[1, 12].Select(c => new string(c))),
        (6, Piece.Array[1, 4].Select(p => string.Concat(p))),
        (1, Gen.Const("")));

    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Int[0, 2_000_000_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Int[0, 999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf<string>("007", "0", "-3", "+3", "0x1F", "0o17", "1_000", "1e3", "1.0", "3 ", "～", "")),
        (1, Value));

    /// <summary>One deadline: its four fields, each kept unless its bit of the mask is set (measure always).</summary>
    private static readonly Gen<string> Deadline = Gen.Select(Value, Value, Value, Value, Gen.Int[0, 31]).Select((m, t, d, k, mask) =>
        "- " + string.Concat(new[] { $"measure: {m}\n", $"text: '{t.Replace("'", "''")}'\n", $"due: {d}\n", $"kind: \"{k}\"\n" }
            .Where((_, n) => n == 0 || (mask & (1 << n)) == 0)
            .Select((f, n) => n == 0 ? f : (mask & 1) == 0 ? "  " + f : "   " + f)));

    /// <summary>What one key's block is made of; <see cref="BlockOf"/> gives it a shape.</summary>
    private static readonly Gen<(string Value, string Number, string[] Items, string[] Deadlines, int Shape, double Order)> Material =
        Gen.Select(Value, Number, Value.Array[0, 3], Deadline.Array[0, 3], Gen.Int[0, 28], Gen.Double);

    private static readonly string[] OddLines =
        ["\n", "# note\n", "theme: water\n", "Title: x\n", "themes: [water]\n", "themes: []\n", "units:\n  - 区水利局\n",
         "deadlines:\n  - measure: a\n    text: b\n", "deadlines:\n- measure: a\n  - text: b\n", "deadlines:\n- measure:\n", "deadlines:\n- a\n",
         "title: 'a b'\n", "title: \"a\\tb\"\n", "  b\n", "...\n", "%YAML 1.1\n", "number: 1 # n\n", "title: &x a\n", "label: *x\n",
         "title: !!str 3\n", "? title\n: a\n", "- x\n", "title: 1\n", "units: 区水利局\n"];

    private static string BlockOf(string key, (string Value, string Number, string[] Items, string[] Deadlines, int Shape, double Order) m)
    {
        var list = key is "themes" or "units" or "redirect_from";
        return m.Shape switch
        {
            < 18 when key == "deadlines" => "deadlines:\n" + string.Concat(m.Deadlines),
            < 18 when list => $"{key}:\n" + string.Concat(m.Items.Select((i, n) => n == 1 ? $"- '{i.Replace("'", "''")}'\n" : n == 2 ? $"- \"{i}\"\n" : $"- {i}\n")),
            < 18 when key is "number" or "source_line" => $"{key}: {m.Number}\n",
            < 18 => $"{key}: {m.Value}\n",
            18 => $"{key}:{m.Value}\n",
            19 => $"{key}:  {m.Value}\n",
            20 => $"{key}: {m.Value}\n",
            21 => $"{key}:\n" + string.Concat(m.Items.Select(i => $"- {i}\n")),
            22 => $"{key}: '{m.Value}'\n",
            23 => $"{key}: [{m.Value}]\n",
            24 or 25 => $"{key}: '{m.Value.Replace("'", "''")}'\n",
            26 => $"{key}: \"{m.Value}\"\n",
            27 => $"{key}: '{m.Value}' \n",
            _ => $"{key}: {m.Value}\n{key}: {m.Value}\n",
        };
    }

    /// <summary>Most keys once each in any order, now and then an odd line among them.</summary>
    private static readonly Gen<string> FrontMatter = Gen.Select(Material.Array[Keys.Length], Gen.Int[0, 12], Gen.Int[0, 3 * OddLines.Length - 1], Gen.Int[0, 12])
        .Select((materials, keep, odd, at) =>
        {
            var blocks = Keys.Zip(materials).Where(x => x.Second.Order * 12 < keep + 1)
                .OrderBy(x => x.Second.Order).Select(x => BlockOf(x.First, x.Second)).ToList();
            if (at <= blocks.Count && odd < OddLines.Length) blocks.Insert(at, OddLines[odd]);
            return string.Concat(blocks);
        });

    /// <summary>The usual front matter, so that most samples take the plain path all the way.</summary>
    private static readonly Gen<string> PlainFrontMatter = Gen.Select(Gen.Int[1, 500], Gen.Char['\u4E00', '\u4FFF'].Array[1, 20], Gen.OneOf<string>("water", "air", "soil").Array[1, 3], Gen.Int[0, 3])
        .Select((n, title, themes, deadlines) =>
            $"number: {n}\nlabel: 序号{n}\ntitle: {new string(title)}\nthemes:\n" + string.Concat(themes.Select(t => $"- {t}\n"))
            + "status: 正在推进\nreport: jilin-round2\nsource: seeds/a.txt\nsource_line: 7\nupdated: 2025-03-31\nunits:\n- 区水利局\n"
            + (deadlines == 0 ? "" : "deadlines:\n" + string.Concat(Enumerable.Range(1, deadlines).Select(d => $"- measure: （{d}）\n  text: 2026年{d}月底前\n  due: 2026-0{d}\n  kind: dated\n"))));

    private static readonly Gen<string> BodyLine = Gen.Frequency(
        (3, Gen.OneOf<string>("## 问题", "## 整改目标", "## 整改措施", "## 完成情况", "## 责任单位", "## 整改时限", "## 来源说明")),
        (1, Gen.OneOf<string>("## 其他", "##", "## ", "##  问题 ", "## 问题\t", "##问题", "\\## 问题", "---", "")),
        (6, Value),
        (1, Value.Select(v => v + " ")),
        (1, Value.Select(v => "\\" + v)));

    private static readonly Gen<string> Body = Gen.Frequency(
        (3, Gen.Select(Value.Where(v => v.Trim().Length > 0).Array[1, 3], Value.Where(v => v.Trim().Length > 0).Array[1, 3]).Select((a, b) =>
            "\n## 问题\n\n" + string.Join('\n', a) + "\n\n## 整改目标\n\nx\n\n## 整改措施\n\n" + string.Join('\n', b) + "\n\n## 完成情况\n\n" + string.Join('\n', a) + "\n")),
        (2, BodyLine.Array[0, 20].Select(l => string.Concat(l.Select(x => x + "\n")))));

    private static readonly Gen<string> Text = Gen.Select(Gen.Frequency((2, FrontMatter), (1, PlainFrontMatter)), Body, Gen.Int[0, 9], Gen.Int[0, 9])
        .Select((front, body, ends, fences) =>
        {
            var text = (fences == 0 ? "--- \n" : fences == 1 ? "" : "---\n") + front + (fences == 2 ? "" : "---\n") + body;
            // Now and then CRLF or lone CR line ends, which both readers turn into LF.
            return ends == 0 ? text.Replace("\n", "\r\n") : ends == 1 ? text.Replace("\n", "\r") : text;
        });

    [Fact]
    public void Any_record_text_reads_as_it_did_with_the_yaml_deserializer()
    {
        var plain = 0;
        var all = 0;
        Text.Sample(text =>
        {
            var now = Outcome(() => RecordFile.Parse(text, "input/findings/007.md"));
            var before = Outcome(() => LegacyRecordParser.Parse(text, "input/findings/007.md"));
            Assert.True(before == now, $"before:\n{Visible.Text(before)}\nnow:\n{Visible.Text(now)}");
            Interlocked.Increment(ref all);
            if (now.StartsWith("record", StringComparison.Ordinal)) Interlocked.Increment(ref plain);
        }, iter: 20_000, print: Visible.Text);
        // Not vacuous: a fair share of the samples are whole records, most of them read by the plain path.
        Assert.True(plain > all / 10, $"only {plain} of {all} samples were records");
    }

    [Fact]
    public void Whatever_front_matter_the_plain_reader_accepts_the_deserializer_reads_alike()
    {
        var accepted = 0;
        var all = 0;
        Gen.Frequency((3, FrontMatter), (1, PlainFrontMatter)).Sample(front =>
        {
            var text = "---\n" + front + "---\n";
            var lines = RecordLines.Of(text);
            var close = lines.Count - 2;
            Interlocked.Increment(ref all);
            if (!FrontMatterFastReader.TryRead(text, lines, 1, close, out var fast)) return;
            Interlocked.Increment(ref accepted);
            string slow;
            try
            {
                slow = Describe(RecordFile.Deserialize(text, lines, close, "x.md"));
            }
            catch (DiagnosticException ex)
            {
                slow = string.Join("\n", ex.Diagnostics);
            }
            Assert.True(slow == Describe(fast), $"deserializer:\n{Visible.Text(slow)}\nplain reader:\n{Visible.Text(Describe(fast))}");
        }, iter: 50_000, print: Visible.Text);
        // Not vacuous: the plain reader takes a fair share, odd values included.
        Assert.True(accepted > all / 5, $"the plain reader took only {accepted} of {all}");
    }

    [Fact]
    public void The_sites_own_records_read_as_before()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, RecordStore.FindingsFolder), "*.md"))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            var lines = RecordLines.Of(text);
            var close = Enumerable.Range(1, lines.Count - 1).First(i => lines.Line(text, i) is "---");
            Assert.True(FrontMatterFastReader.TryRead(text, lines, 1, close, out _), $"{file} is not read by the plain path");
            Assert.Equal(Outcome(() => LegacyRecordParser.Parse(text, file)), Outcome(() => RecordFile.Parse(text, file)));
        }
    }

    private static string Outcome(Func<FindingRecord> parse)
    {
        try
        {
            var r = parse();
            return "record\n" + RecordFile.Write(r) + "\n" + r.FilePath + "\n"
                + string.Join(",", r.KeyLines.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}"))
                + "\n" + string.Join("|", r.Deadlines);
        }
        catch (DiagnosticException ex)
        {
            return "diagnostics\n" + string.Join("\n", ex.Diagnostics);
        }
        catch (Exception ex)
        {
            return "exception " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static string Describe(RecordFrontMatter f) =>
        string.Join("\n", f.Number, f.Label, f.Title, f.Themes is null ? "~" : string.Join("|", f.Themes), f.Status, f.StatusText, f.Report,
            f.Source, f.SourceLine, f.Updated, f.Units is null ? "~" : string.Join("|", f.Units),
            f.Deadlines is null ? "~" : string.Join("|", f.Deadlines.Select(d => $"{d.Measure}/{d.Text}/{d.Due}/{d.Kind}")),
            f.RedirectFrom is null ? "~" : string.Join("|", f.RedirectFrom));
}
