using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;

namespace Zhenggai.Import;

/// <summary>
/// The text a Word paragraph shows once every tracked change is accepted: the runs joined,
/// with no formatting. What counts as text and what does not is decided here, and only here:
/// <list type="bullet">
/// <item>kept: text runs (w:t), inserted text (w:ins), moved-in text (w:moveTo), field results,
/// hyperlink and content-control text, math text, symbols (w:sym, by their character code, see
/// <see cref="DocxSymbols"/>), and the list numbers Word prints before numbered paragraphs
/// (<see cref="DocxListNumbers"/>);</item>
/// <item>dropped: deleted text (w:del, w:delText), moved-out text (w:moveFrom), field codes
/// (w:instrText, e.g. <c>PAGE</c> or <c>HYPERLINK "…"</c>), hidden text (w:vanish, which is not
/// printed), bookmarks, comments, footnote and endnote marks, ruby annotations over the base
/// text, soft hyphens, and drawings, pictures and text boxes (they are not table text);</item>
/// <item>a manual line break (w:br, w:cr, also a page or column break) ends a line, as it does in
/// Word's own plain-text export: each line becomes a paragraph of the record;</item>
/// <item>a TAB (w:tab, w:ptab) is alignment, not wording: a run of TABs becomes one space, and
/// TABs at either end of a line vanish with the line's trim;</item>
/// <item>a non-breaking hyphen (w:noBreakHyphen) is printed as '-', and so it is written.</item>
/// </list>
/// </summary>
internal static class DocxText
{
    /// <summary>The paragraph's lines, untrimmed; a paragraph without a manual break has one.</summary>
    public static List<string> Lines(Paragraph paragraph)
    {
        var collector = new LineCollector();
        Walk(paragraph, collector);
        return collector.Finish();
    }

    /// <summary>True when tracked changes deleted the paragraph mark: the paragraph then runs on into the next one.</summary>
    public static bool MarkDeleted(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;

    private static void Walk(OpenXmlElement element, LineCollector lines)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    lines.Append(t.Text);
                    break;
                case M.Text mt:
                    lines.Append(mt.Text);
                    break;
                case TabChar or PositionalTab:
                    lines.Tab();
                    break;
                case Break or CarriageReturn:
                    lines.Break();
                    break;
                case NoBreakHyphen:
                    lines.Append("-");
                    break;
                case SymbolChar sym:
                    lines.Append(SymbolText(sym));
                    break;
                case Run run when IsHidden(run):
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode
                    or Drawing or Picture or EmbeddedObject or AlternateContent
                    or FootnoteReference or EndnoteReference or CommentReference or RubyContent
                    or RunProperties or ParagraphProperties:
                    break;
                default:
                    if (child.HasChildren) Walk(child, lines);
                    break;
            }
        }
    }

    private static string SymbolText(SymbolChar sym) =>
        sym.Char?.Value is { } hex
        && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code)
        && code is > 0 and <= 0xFFFF && !char.IsSurrogate((char)code)
            ? DocxSymbols.ToUnicode((char)code).ToString()
            : "";

    private static bool IsHidden(Run run)
    {
        var vanish = run.RunProperties?.Vanish;
        return vanish is not null && (vanish.Val is null || vanish.Val.Value);
    }

    private sealed class LineCollector
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _current = new();
        private bool _afterTab;

        public void Append(string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            _current.Append(text);
            _afterTab = false;
        }

        public void Tab()
        {
            if (!_afterTab) _current.Append(' ');
            _afterTab = true;
        }

        public void Break()
        {
            _lines.Add(_current.ToString());
            _current.Clear();
            _afterTab = false;
        }

        public List<string> Finish()
        {
            Break();
            return _lines;
        }
    }
}
