using System.Text.RegularExpressions;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Import;

/// <summary>
/// Finds the responsible units (责任单位) a finding names, in order of first appearance, each
/// once, under its published name. Sources, in this order:
/// <list type="number">
/// <item>the record's 责任单位 part, split at 、，；and line ends (a label such as 「牵头单位：」 is dropped);</item>
/// <item>in the measures, then the results: a department that opens a paragraph — a lead-in 「区住建局：…」 or a
/// sub-heading 「（二）区卫健局整改措施」 — even when it is not a known unit;</item>
/// <item>in the measures and the results: any known unit (settings <c>Units</c>, by name or alias), except inside a
/// document title 《…》, right after 市/省/县/国 (「市生态环境局」 is another body than 「生态环境局」 of the district),
/// or right after 在/于 (「在英俊镇玉米地块」 names a place, not the town government).</item>
/// </list>
/// The problem (问题) and target (整改目标) are not read: they describe what others did wrong and what is wanted.
/// </summary>
public static partial class UnitExtractor
{
    // A department name that opens a paragraph and is followed by a colon, or stands as a heading.
    [GeneratedRegex(@"^(?<n>\p{IsCJKUnifiedIdeographs}{1,20}?(?:分局|局|办公室|办|委员会|委|政府|镇|乡|街道|开发区|中心|站|所|队))(?:[：:]|(?:整改措施|整改任务|整改情况|完成情况)[：:]?$)")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^[^：:]{1,12}[：:]")]
    private static partial Regex Label();

    [GeneratedRegex(@"[、，,；;\n]+")]
    private static partial Regex ListSeparator();

    private const string LevelPrefixes = "市省县国";
    private const string PlacePrepositions = "在于";

    public static IReadOnlyList<string> Find(FindingRecord record, IReadOnlyList<UnitDefinition> known)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = Patterns(known);
        void Add(string name) => names.TryAdd(name, names.Count);

        if (record.UnitsText is { } unitsText)
            foreach (var token in ListSeparator().Split(unitsText))
            {
                var name = Label().Replace(token.Trim(), "").Trim(' ', '\u3000', '。', '.');
                if (name.Length >= 2) Add(Canonical(name, known));
            }

        foreach (var part in new[] { record.Measures, record.Result })
            foreach (var name in FindIn(part, known, patterns))
                Add(name);

        return names.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
    }

    /// <summary>The units a passage of measures or results names (rules 2 and 3), in order, possibly repeated.</summary>
    public static IEnumerable<string> FindIn(string partText, IReadOnlyList<UnitDefinition> known) =>
        FindIn(partText, known, Patterns(known));

    private static IEnumerable<string> FindIn(string partText, IReadOnlyList<UnitDefinition> known, UnitPatterns patterns)
    {
        foreach (var item in MeasureOutline.Parse(partText))
        {
            var lead = Lead().Match(item.Text);
            if (lead.Success) yield return Canonical(lead.Groups["n"].Value, known);
            foreach (var name in KnownIn(item.Text, patterns)) yield return name;
        }
    }

    /// <summary>The published name for <paramref name="name"/>: the known unit it names or is an alias of, else the name itself.</summary>
    public static string Canonical(string name, IReadOnlyList<UnitDefinition> known)
    {
        foreach (var u in known)
            if (u.Name == name || u.Aliases.Contains(name))
                return u.Name;
        return name;
    }

    private static UnitPatterns Patterns(IReadOnlyList<UnitDefinition> known)
    {
        // Worked out once per unit list, not per passage: the render phase asks for every commitment
        // of every finding. The names are compared each time, as settings can be changed in place.
        var cached = s_patterns;
        if (cached is not null && cached.Matches(known)) return cached;
        var list = known.SelectMany(u => u.Aliases.Prepend(u.Name).Select(p => (Pattern: p, u.Name)))
            .Where(p => p.Pattern.Length > 0)
            .OrderByDescending(p => p.Pattern.Length)
            .ThenBy(p => p.Pattern, StringComparer.Ordinal)
            .ToList();
        return s_patterns = new UnitPatterns(known, list);
    }

    private static UnitPatterns? s_patterns;

    /// <summary>Known units named in <paramref name="text"/>, left to right, longest name first at each place.</summary>
    private static IEnumerable<string> KnownIn(string text, UnitPatterns patterns)
    {
        var titleDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Nothing happens at a character that starts no pattern and is no title mark: skip to the next that does.
            var next = text.AsSpan(i).IndexOfAny(patterns.Starts);
            if (next < 0) break;
            i += next;
            if (text[i] == '《') { titleDepth++; continue; }
            if (text[i] == '》') { titleDepth = Math.Max(0, titleDepth - 1); continue; }
            if (titleDepth > 0) continue;
            foreach (var (pattern, name) in patterns.List)
            {
                if (string.CompareOrdinal(text, i, pattern, 0, pattern.Length) != 0) continue;
                var before = i > 0 ? text[i - 1] : '\0';
                if (LevelPrefixes.Contains(before) || PlacePrepositions.Contains(before)) break;
                yield return name;
                i += pattern.Length - 1;
                break;
            }
        }
    }
}
