using System.Text.Json;
using System.Text.RegularExpressions;
using Zhenggai.Records;
using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The real seed findings as search documents. When the importer has written records
/// (input/findings/*.md) they are read with <see cref="RecordFile"/>; until then the seed text
/// files are split here the simple way their table layout allows: a 序号 line starts a finding and
/// each tab-led line starts the next of its four cells. Either way the text is the user's, verbatim.
/// </summary>
internal static partial class SeedSearchDocuments
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> Cached = new(Load);

    public static IReadOnlyList<SearchDocument> All => Cached.Value;

    public static IReadOnlyList<SearchFacet> Themes()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(SearchTestPaths.RepoRoot, "statiq.json")));
        return settings.RootElement.GetProperty("Themes").EnumerateArray()
            .Select(t => new SearchFacet(t.GetProperty("Key").GetString()!, t.GetProperty("Label").GetString()!))
            .ToList();
    }

    public static SearchIndexOptions Options(int partitions = 64, int largeEntryBytes = 2048, int phraseBudget = 1024, int inlineCountsBytes = 65536) => new()
    {
        Themes = Themes(),
        Partitions = partitions,
        LargeEntryBytes = largeEntryBytes,
        PhraseBudget = phraseBudget,
        InlineCountsBytes = inlineCountsBytes,
    };

    private static IReadOnlyList<SearchDocument> Load()
    {
        var records = Path.Combine(SearchTestPaths.RepoRoot, "input", "findings");
        var files = Directory.Exists(records) ? Directory.GetFiles(records, "*.md").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length > 0)
            return files.Select(f => RecordFile.Read(File.ReadAllBytes(f), f)).Select(r => SearchDocument.FromRecord(r, $"findings/{r.Number}/")).OrderBy(d => d.Number).ToList();

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(SearchTestPaths.RepoRoot, "statiq.json")));
        var keywords = settings.RootElement.GetProperty("Themes").EnumerateArray()
            .Select(t => (Key: t.GetProperty("Key").GetString()!, Words: t.GetProperty("Keywords").EnumerateArray().Select(k => k.GetString()!).ToList()))
            .ToList();
        var docs = new List<SearchDocument>();
        foreach (var seed in Directory.GetFiles(Path.Combine(SearchTestPaths.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            docs.AddRange(ParseSeed(File.ReadAllText(seed), keywords));
        return docs.OrderBy(d => d.Number).ToList();
    }

    private static IEnumerable<SearchDocument> ParseSeed(string text, List<(string Key, List<string> Words)> keywords)
    {
        string? label = null;
        var cells = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = raw.Trim();
            if (LabelLine().IsMatch(trimmed))
            {
                if (label is not null) yield return Make(label, cells, keywords);
                label = trimmed;
                cells = new List<string>();
                continue;
            }
            if (label is null || trimmed.Length == 0 || trimmed.All(char.IsAsciiDigit)) continue;
            if (raw.StartsWith('\t')) cells.Add(raw[1..]);
            else if (cells.Count > 0) cells[^1] += "\n" + raw;
        }
        if (label is not null) yield return Make(label, cells, keywords);
    }

    private static SearchDocument Make(string label, List<string> cells, List<(string Key, List<string> Words)> keywords)
    {
        if (cells.Count != 4) throw new InvalidDataException($"{label}: expected 4 cells, found {cells.Count}");
        var number = ChineseNumber(label["序号".Length..]);
        var problem = cells[0];
        var end = problem.IndexOf('。');
        var title = end > 0 ? problem[..end] : problem;
        var all = string.Concat(cells);
        var themes = keywords.Where(k => k.Words.Any(all.Contains)).Select(k => k.Key).ToList();
        if (themes.Count == 0) themes.Add("general");
        // Seeds carry no status column; spread the five statuses so that filters have something to do.
        var status = FindingStatus.Key(FindingStatus.All[number % FindingStatus.All.Count]);
        var parts = FindingParts.All.Select((p, i) => new SearchField(FindingParts.Heading(p), FindingParts.Anchor(p), cells[i])).ToList();
        return new SearchDocument(number, label, title, themes, status, $"findings/{number}/", parts);
    }

    public static int ChineseNumber(string text)
    {
        const string digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        foreach (var ch in text)
        {
            var d = digits.IndexOf(ch);
            if (d >= 0) current = d;
            else if (ch == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (ch == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; }
            else throw new FormatException("not a Chinese number: " + text);
        }
        return total + current;
    }

    [GeneratedRegex("^序号[零一二三四五六七八九十百]+$")]
    private static partial Regex LabelLine();
}
