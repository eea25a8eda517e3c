namespace Zhenggai.Records;

/// <summary>
/// Reads front matter in the plain shape <see cref="RecordFile.Write"/> gives it (and editors
/// keep): <c>key: value</c> lines, lists as <c>- item</c> lines at column 0, deadlines as
/// <c>- measure: …</c> with two-space continuation lines, every value a plain one-line scalar or a simply quoted one.
/// YamlDotNet's deserializer took most of the time of reading a 10,000-finding site for these
/// 25 lines. Anything this reader is not certain YAML reads the same way (escapes, flow lists,
/// comments, blank lines, other indentation, unknown or repeated keys, values YAML reads as
/// null, numbers that are not plain decimals, characters YAML folds or refuses) makes it
/// decline, and the caller gives the text to YamlDotNet, so values and every diagnostic stay
/// YamlDotNet's. A property test checks that whatever it accepts, the deserializer reads alike.
/// </summary>
internal static class FrontMatterFastReader
{
    /// <summary>Reads lines [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="text"/>, given by their starts (a line ends before the next start's '\n').</summary>
    public static bool TryRead(string text, RecordLines lines, int first, int end, out RecordFrontMatter front)
    {
        front = new RecordFrontMatter();
        if (first >= end) return false;
        var seen = 0;
        var i = first;
        while (i < end)
        {
            var line = lines.Line(text, i);
            if (line.Length == 0 || line[0] is ' ' or '-') return false;
            var colon = line.IndexOf(':');
            if (colon <= 0) return false;
            var key = KeyOf(line[..colon]);
            if (key < 0 || (seen & (1 << key)) != 0) return false;
            seen |= 1 << key;
            var rest = line[(colon + 1)..];
            i++;
            if (rest.Length == 0)
            {
                // A list: its items follow at column 0, at least one (an empty value is null).
                if (key == DeadlinesKey)
                {
                    var list = new List<FrontMatterCommitment>();
                    while (i < end && lines.Line(text, i).StartsWith("- "))
                    {
                        var item = new FrontMatterCommitment();
                        var itemSeen = 0;
                        if (!CommitmentField(lines.Line(text, i)[2..], item, ref itemSeen)) return false;
                        i++;
                        while (i < end && lines.Line(text, i) is var more && more.StartsWith("  ") && more.Length > 2 && more[2] != ' ')
                        {
                            if (!CommitmentField(more[2..], item, ref itemSeen)) return false;
                            i++;
                        }
                        list.Add(item);
                    }
                    if (list.Count == 0) return false;
                    front.Deadlines = list;
                }
                else
                {
                    var list = new List<string>();
                    while (i < end && lines.Line(text, i).StartsWith("- "))
                    {
                        if (!TryScalar(lines.Line(text, i)[2..], out var value)) return false;
                        list.Add(value);
                        i++;
                    }
                    if (list.Count == 0) return false;
                    switch (key)
                    {
                        case ThemesKey: front.Themes = list; break;
                        case UnitsKey: front.Units = list; break;
                        case RedirectFromKey: front.RedirectFrom = list; break;
                        default: return false;
                    }
                }
                continue;
            }
            if (rest[0] != ' ') return false;
            var scalar = rest[1..];
            switch (key)
            {
                case NumberKey:
                    if (!TryDecimal(scalar, out var number)) return false;
                    front.Number = number;
                    break;
                case SourceLineKey:
                    if (!TryDecimal(scalar, out var sourceLine)) return false;
                    front.SourceLine = sourceLine;
                    break;
                case ThemesKey or UnitsKey or RedirectFromKey or DeadlinesKey:
                    return false;
                default:
                    if (!TryScalar(scalar, out var s)) return false;
                    switch (key)
                    {
                        case LabelKey: front.Label = s; break;
                        case TitleKey: front.Title = s; break;
                        case StatusKey: front.Status = s; break;
                        case StatusTextKey: front.StatusText = s; break;
                        case ReportKey: front.Report = s; break;
                        case SourceKey: front.Source = s; break;
                        case UpdatedKey: front.Updated = s; break;
                        default: return false;
                    }
                    break;
            }
        }
        return true;
    }

    private const int NumberKey = 0, LabelKey = 1, TitleKey = 2, ThemesKey = 3, StatusKey = 4, StatusTextKey = 5, ReportKey = 6,
        SourceKey = 7, SourceLineKey = 8, UpdatedKey = 9, UnitsKey = 10, DeadlinesKey = 11, RedirectFromKey = 12;

    private static int KeyOf(ReadOnlySpan<char> key) => key switch
    {
        "number" => NumberKey,
        "label" => LabelKey,
        "title" => TitleKey,
        "themes" => ThemesKey,
        "status" => StatusKey,
        "status_text" => StatusTextKey,
        "report" => ReportKey,
        "source" => SourceKey,
        "source_line" => SourceLineKey,
        "updated" => UpdatedKey,
        "units" => UnitsKey,
        "deadlines" => DeadlinesKey,
        "redirect_from" => RedirectFromKey,
        _ => -1,
    };

    private static readonly string[] KeyNames =
        ["number", "label", "title", "themes", "status", "status_text", "report", "source", "source_line", "updated", "units", "deadlines", "redirect_from"];

    /// <summary>The key's name as a shared string, so that each record's key lines need no string of their own; null for other keys.</summary>
    public static string? KnownKey(ReadOnlySpan<char> key) => KeyOf(key) is var k and >= 0 ? KeyNames[k] : null;

    /// <summary>One <c>key: value</c> of a deadline; each of its four keys at most once.</summary>
    private static bool CommitmentField(ReadOnlySpan<char> field, FrontMatterCommitment item, ref int seen)
    {
        var colon = field.IndexOf(':');
        if (colon <= 0 || colon + 1 >= field.Length || field[colon + 1] != ' ') return false;
        var key = field[..colon] switch { "measure" => 0, "text" => 1, "due" => 2, "kind" => 3, _ => -1 };
        if (key < 0 || (seen & (1 << key)) != 0) return false;
        seen |= 1 << key;
        if (!TryScalar(field[(colon + 2)..], out var s)) return false;
        switch (key)
        {
            case 0: item.Measure = s; break;
            case 1: item.Text = s; break;
            case 2: item.Due = s; break;
            default: item.Kind = s; break;
        }
        return true;
    }

    /// <summary>A one-line string value: plain, or in quotes the simple way (what titles with a leading bracket or a trailing space need).</summary>
    private static bool TryScalar(ReadOnlySpan<char> value, out string text)
    {
        text = "";
        if (value.Length > 0 && value[0] is '\'' or '"')
            return TryQuoted(value, out text);
        if (!IsPlainText(value)) return false;
        text = value.ToString();
        return true;
    }

    /// <summary>
    /// <c>'…'</c> with <c>''</c> for a quote, or <c>"…"</c> without backslash escapes or inner
    /// double quotes, on one line and nothing after the closing quote: then the value is the
    /// characters between the quotes, spaces included. Not empty, only printable characters
    /// that are no line break or TAB, and none of the null words (YamlDotNet keeps them as text
    /// in quotes, but nothing needs that here).
    /// </summary>
    internal static bool TryQuoted(ReadOnlySpan<char> value, out string text)
    {
        text = "";
        var quote = value[0];
        if (value.Length < 3 || value[^1] != quote) return false;
        var inner = value[1..^1];
        var doubled = 0;
        for (var k = 0; k < inner.Length; k++)
        {
            var c = inner[k];
            if (c < 0x20 || c is >= '\u007F' and < '\u00A0' or >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                return false;
            if (quote == '"' && c is '"' or '\\') return false;
            if (quote == '\'' && c == '\'')
            {
                if (k + 1 >= inner.Length || inner[k + 1] != '\'') return false;
                k++;
                doubled++;
            }
        }
        if (inner is "~" or "null" or "Null" or "NULL") return false;
        text = doubled == 0 ? inner.ToString() : inner.ToString().Replace("''", "'");
        return true;
    }

    /// <summary>
    /// A plain one-line scalar that YAML reads as exactly these characters, as a string: not
    /// empty, no indicator first, no <c>": "</c>, <c>" #"</c> or final <c>:</c>, no leading or
    /// trailing space, only printable characters that are no line break (YAML 1.1 counts NEL,
    /// LS and PS as breaks), and none of the words YAML reads as null or a boolean.
    /// </summary>
    internal static bool IsPlainText(ReadOnlySpan<char> value)
    {
        if (value.Length == 0) return false;
        if (value[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ')
            return false;
        if (value[^1] is ' ' or ':') return false;
        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (c < 0x7F)
            {
                if (c < 0x20) return false;
                if (c == ':' && value[k + 1] == ' ') return false;
                if (c == '#' && value[k - 1] == ' ') return false;
            }
            else if (c < 0xA0 || c is >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                return false;
        }
        if (value.Length <= 5)
        {
            Span<char> lower = stackalloc char[5];
            var n = value.ToLowerInvariant(lower);
            if (lower[..n] is "~" or "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n")
                return false;
        }
        return true;
    }

    /// <summary>1 to 999,999,999 written plainly: YAML number forms (signs, 0x, 0o, leading zeros, underscores) go to YamlDotNet.</summary>
    private static bool TryDecimal(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        if (value.Length is 0 or > 9 || value[0] is < '1' or > '9') return false;
        foreach (var c in value)
        {
            if (c is < '0' or > '9') return false;
            number = number * 10 + (c - '0');
        }
        return true;
    }
}
