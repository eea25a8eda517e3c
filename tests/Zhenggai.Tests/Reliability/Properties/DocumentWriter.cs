using System.Globalization;
using System.Text;
using Zhenggai.Import;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// Lays a <see cref="GeneratedDocument"/> out as a source file, the way exports and hand-typed
/// notices do, and records what the importer must read back: each finding's fields and the
/// line its number is on. Noise comes from the document's tape: stray spaces and full-width
/// indentation, <c>[bookmark: …]</c> marks, row counters, blank lines (some holding spaces),
/// trailing whitespace, and CR, LF or CRLF line ends.
/// </summary>
internal sealed class DocumentWriter
{
    public const int NumberForms = 11;

    private static readonly string[][] Words =
    [
        ["整改任务", "整改任务内容", "反馈问题", "问题", "督察反馈问题", "问题描述", "存在问题", "反馈问题内容"],
        ["整改目标"],
        ["整改措施", "主要整改措施", "具体整改措施", "整改举措"],
        ["整改完成情况", "完成情况", "整改进展", "整改效果", "整改进展情况", "整改落实情况", "落实情况", "进展情况", "整改成效", "整改情况", "整改推进情况"],
        ["责任单位", "整改责任单位", "责任部门", "牵头单位"],
        ["整改时限", "完成时限", "整改期限"],
        ["整改状态", "完成状态"],
    ];

    private const int Problem = 0, Target = 1, Measures = 2, Result = 3, Units = 4, Deadline = 5, Status = 6;

    private static readonly int[][] Orders =
    [
        [Problem, Units, Target, Deadline, Measures, Result, Status],
        [Problem, Target, Measures, Result, Units, Deadline, Status],
        [Problem, Target, Measures, Result, Status, Units, Deadline],
        [Units, Problem, Target, Deadline, Measures, Result, Status],
    ];

    private static readonly string[] Separators = ["：", ":", "： ", " ：", "：\u3000"];

    private readonly GeneratedDocument _doc;
    private readonly StringBuilder _text = new();
    private int _line = 1;
    private int _tape;

    private DocumentWriter(GeneratedDocument doc) => _doc = doc;

    static DocumentWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static WrittenDocument Write(GeneratedDocument doc)
    {
        var writer = new DocumentWriter(doc);
        var expected = doc.Shape == GeneratedShape.Table ? writer.WriteTable() : writer.WriteLabelled();
        var text = writer._text.ToString();
        var shape = doc.Shape switch
        {
            GeneratedShape.Table => SourceShape.TableText,
            GeneratedShape.LabelLines => SourceShape.LabelLines,
            GeneratedShape.HeadedSections => SourceShape.HeadedSections,
            _ => SourceShape.AlternatingLabels,
        };
        return new WrittenDocument(text, Encode(text, doc.Encoding), shape, expected);
    }

    public static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.GetEncoding(54936).GetBytes(text),
    };

    /// <summary>The 序号 as printed, in one of the forms documents use.</summary>
    public static string NumberLabel(int number, int form) => form switch
    {
        0 => "序号" + ChineseNumerals.Write(number),
        1 => "序号" + Digits(number),
        2 => "序号：" + Digits(number),
        3 => "序号:" + Digits(number),
        4 => "第" + Digits(number) + "号",
        5 => "第" + ChineseNumerals.Write(number) + "号",
        6 => "问题编号" + ChineseNumerals.Write(number),
        7 => "序号" + ChineseNumerals.FullWidth(number),
        8 => "问题序号" + Digits(number),
        9 => "序号" + ChineseNumerals.Write(number, financial: true),
        _ => "序号 " + Digits(number),
    };

    private static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);

    private List<ExpectedFinding> WriteTable()
    {
        var preamble = new List<string>();
        foreach (var p in _doc.Preamble)
        {
            Continuation(p);
            preamble.Add(p);
        }
        if (_doc.HeaderRow)
            foreach (var h in new[] { "序号", "问题", "整改目标", "整改措施", "完成情况" })
                Cell(h);
        var expected = new List<ExpectedFinding>();
        for (var k = 0; k < _doc.Findings.Length; k++)
        {
            var f = _doc.Findings[k];
            if (_doc.RowCounters) RowCounter(k + 1);
            var label = NumberLabel(_doc.Numbers[k], f.NumberForm);
            var at = Cell(label);
            foreach (var part in new[] { f.Problem, f.Target, f.Measures, f.Result })
            {
                Cell(part[0]);
                foreach (var p in part.Skip(1)) Continuation(p);
            }
            foreach (var t in f.Trailer) Continuation(t);
            var note = (k == 0 ? preamble : []).Concat(f.Trailer).ToList();
            expected.Add(new ExpectedFinding(_doc.Numbers[k], label, at, Join(f.Problem)!, Join(f.Target)!, Join(f.Measures)!, Join(f.Result)!,
                null, null, null, Join(note)));
        }
        return expected;
    }

    private List<ExpectedFinding> WriteLabelled()
    {
        var preamble = new List<string>();
        foreach (var p in _doc.Preamble)
        {
            Line(p);
            preamble.Add(p);
        }
        var expected = new List<ExpectedFinding>();
        for (var k = 0; k < _doc.Findings.Length; k++)
        {
            var f = _doc.Findings[k];
            var label = NumberLabel(_doc.Numbers[k], f.NumberForm);
            var at = Line(label);
            var heading = 0;
            foreach (var section in Orders[f.SectionOrder % Orders.Length])
            {
                var paragraphs = section switch
                {
                    Problem => f.Problem,
                    Target => f.Target,
                    Measures => f.Measures,
                    Result => f.Result,
                    Units => f.Units,
                    Deadline => f.Deadline is null ? [] : [f.Deadline],
                    _ => f.Status is null ? [] : [f.Status],
                };
                if (paragraphs.Length == 0) continue;
                var choices = Words[section];
                var word = choices[(f.LabelChoice + section) % choices.Length];
                heading++;
                WriteSection(f, word, heading, paragraphs);
            }
            foreach (var t in f.Trailer) Line(t);
            var note = (k == 0 ? preamble : []).Concat(f.Trailer).ToList();
            expected.Add(new ExpectedFinding(_doc.Numbers[k], label, at, Join(f.Problem)!, Join(f.Target)!, Join(f.Measures)!, Join(f.Result)!,
                Join(f.Units), f.Deadline, f.Status, Join(note)));
        }
        return expected;
    }

    private void WriteSection(GeneratedFinding f, string word, int heading, string[] paragraphs)
    {
        switch (_doc.Shape)
        {
            case GeneratedShape.LabelLines:
                var sep = Separators[(f.LabelChoice / 7 + heading) % Separators.Length];
                if (f.InlineFirst)
                {
                    Line(word + sep + paragraphs[0]);
                    foreach (var p in paragraphs.Skip(1)) Line(p);
                }
                else
                {
                    Line(word + sep);
                    foreach (var p in paragraphs) Line(p);
                }
                break;
            case GeneratedShape.HeadedSections:
                Line(HeadingNumber(heading, f.LabelChoice / 11) + word);
                foreach (var p in paragraphs) Line(p);
                break;
            default:
                if (f.InlineFirst && paragraphs.Length == 1)
                {
                    Line(word + "\t" + paragraphs[0]);
                }
                else
                {
                    Line(word);
                    foreach (var p in paragraphs) Line(p);
                }
                break;
        }
    }

    private static string HeadingNumber(int n, int style) => (style % 5) switch
    {
        0 => ChineseNumerals.Write(n) + "、",
        1 => Digits(n) + ".",
        2 => "（" + ChineseNumerals.Write(n) + "）",
        3 => Digits(n) + "．",
        _ => "(" + ChineseNumerals.Write(n) + ") ",
    };

    private static string? Join(IReadOnlyCollection<string> paragraphs) => paragraphs.Count == 0 ? null : string.Join('\n', paragraphs);

    private int Next(int mod) => _doc.Noise.Length == 0 ? 0 : _doc.Noise[_tape++ % _doc.Noise.Length] % mod;

    /// <summary>A table cell: a TAB (sometimes after a stray space) and the cell's first paragraph.</summary>
    private int Cell(string content) => Emit((Next(4) == 3 ? " " : "") + "\t", Bookmarked(content), Trailing());

    /// <summary>A cell's further paragraph: no TAB, maybe indented with spaces.</summary>
    private int Continuation(string content) => Emit(Next(8) switch
    {
        5 => " ",
        6 => "  ",
        7 => "\u3000\u3000",
        _ => "",
    }, Bookmarked(content), Trailing());

    /// <summary>The original table's row counter: a lone number cell before the 序号 cell.</summary>
    private void RowCounter(int n) => Emit(Next(2) == 1 ? " \t" : "\t", Digits(n), "");

    /// <summary>A line of a labelled document, maybe indented.</summary>
    private int Line(string content) => Emit(Next(8) switch
    {
        5 => " ",
        6 => "\t",
        7 => "\u3000\u3000",
        _ => "",
    }, Bookmarked(content), Trailing());

    private string Trailing() => Next(8) switch
    {
        5 => " ",
        6 => "  ",
        7 => _doc.Shape == GeneratedShape.Table ? "\u3000" : "\t",
        _ => "",
    };

    private string Bookmarked(string content)
    {
        switch (Next(10))
        {
            case 7: return "[bookmark: OLE_LINK2]" + content;
            case 8: return "[bookmark: OLE_LINK2][bookmark: OLE_LINK1]" + content;
            case 9:
                var at = Next(256) % (content.Length + 1);
                return content[..at] + "[bookmark: _Hlk152]" + content[at..];
            default: return content;
        }
    }

    private int Emit(string lead, string content, string trailing)
    {
        var at = _line;
        _text.Append(lead).Append(content).Append(trailing);
        EndLine();
        var blanks = Next(8) switch { 6 => 1, 7 => 2, _ => 0 };
        for (var i = 0; i < blanks; i++)
        {
            _text.Append(Next(4) switch { 1 => " ", 2 => "  ", 3 => "\u3000", _ => "" });
            EndLine();
        }
        return at;
    }

    private void EndLine()
    {
        _text.Append(_doc.LineEnd switch
        {
            0 => "\n",
            1 => "\r\n",
            2 => "\r",
            _ => Next(2) == 0 ? "\n" : "\r\n",
        });
        _line++;
    }
}
