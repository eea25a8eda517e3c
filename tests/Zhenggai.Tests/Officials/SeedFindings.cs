using System.Text.RegularExpressions;
using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Officials;

/// <summary>
/// The real seed findings as records, read the simple way the seeds allow: a line starting
/// with a TAB starts a cell; a 序号 cell is followed by 问题, 整改目标, 整改措施, 完成情况.
/// It stands in for the importer so these tests run on the user's real text; units and
/// deadlines are filled in by the extractors exactly as the importer will.
/// </summary>
internal static partial class SeedFindings
{
    [GeneratedRegex(@"^ *\t")]
    private static partial Regex CellStart();

    [GeneratedRegex(@"^序号[一二三四五六七八九十]+$")]
    private static partial Regex LabelCell();

    [GeneratedRegex(@"\[bookmark: [^\]\n]*\]")]
    private static partial Regex Bookmark();

    public static string RepoRoot { get; } = FindRepoRoot();

    public static SiteSettings Settings { get; } = SettingsLoader.Load(RepoRoot);

    private static readonly Lazy<IReadOnlyList<FindingRecord>> Plain = new(LoadPlain);
    private static readonly Lazy<IReadOnlyList<FindingRecord>> Extracted = new(() => Plain.Value.Select(r => WithExtracted(r, Settings)).ToList());

    /// <summary>The seed findings with official text only (no units, no deadlines).</summary>
    public static IReadOnlyList<FindingRecord> PlainRecords => Plain.Value;

    /// <summary>The seed findings with units and deadlines found by the extractors.</summary>
    public static IReadOnlyList<FindingRecord> Records => Extracted.Value;

    public static FindingRecord Get(int number) => Records.Single(r => r.Number == number);

    public static FindingRecord WithExtracted(FindingRecord r, SiteSettings settings) => r with
    {
        Units = UnitExtractor.Find(r, settings.Units),
        Deadlines = DeadlineExtractor.Find(r, DeadlineExtractor.FallbackYear(settings.FindReport(r.Report), 2025)),
    };

    private static IReadOnlyList<FindingRecord> LoadPlain()
    {
        var records = new List<FindingRecord>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var cells = new List<(System.Text.StringBuilder Text, int Line)>();
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var m = CellStart().Match(lines[i]);
                if (m.Success) cells.Add((new System.Text.StringBuilder(lines[i][m.Length..]), i + 1));
                else if (cells.Count > 0) cells[^1].Text.Append('\n').Append(lines[i]);
            }
            var texts = cells.Select(c => (Text: Clean(c.Text.ToString()), c.Line))
                .Where(c => c.Text.Length > 0 && !c.Text.All(char.IsAsciiDigit)).ToList();
            for (var i = 0; i + 4 < texts.Count; i++)
            {
                if (!LabelCell().IsMatch(texts[i].Text)) continue;
                var label = texts[i].Text;
                var problem = texts[i + 1].Text;
                var end = problem.IndexOf('。');
                records.Add(new FindingRecord
                {
                    Number = ChineseNumber(label[2..]),
                    Label = label,
                    Title = end > 0 ? problem[..end] : problem,
                    Themes = ["general"],
                    Status = FindingStatus.Completed,
                    Report = "jilin-round2",
                    Source = "seeds/" + Path.GetFileName(file),
                    SourceLine = texts[i].Line,
                    Problem = problem,
                    Target = texts[i + 2].Text,
                    Measures = texts[i + 3].Text,
                    Result = texts[i + 4].Text,
                });
                i += 4;
            }
        }
        return records.OrderBy(r => r.Number).ToList();
    }

    /// <summary>Paragraphs trimmed, Word bookmarks and empty lines dropped, as the importer does.</summary>
    private static string Clean(string cell) =>
        string.Join('\n', cell.Split('\n').Select(p => Bookmark().Replace(p, "").Trim(' ', '\t', '\u3000')).Where(p => p.Length > 0));

    private static int ChineseNumber(string s)
    {
        const string digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { current = d; continue; }
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        }
        return total + current;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Zhenggai.slnx) above " + AppContext.BaseDirectory);
    }
}
