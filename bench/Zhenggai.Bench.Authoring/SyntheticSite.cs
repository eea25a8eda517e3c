using System.Text;
using Zhenggai.Records;

namespace Zhenggai.Bench.Authoring;

/// <summary>
/// Writes a site of N findings for timing: statiq.json and theme/ from the repository, and
/// records shaped like the real ones (themes, status, numbered measures and results taken from
/// the repository's records in turn) whose problem text is drawn from the sentences of seeds/.
/// The same N always gives the same files.
/// </summary>
public static class SyntheticSite
{
    /// <summary>Writes the site afresh (records, settings; no output, no cache) unless its records are already there.</summary>
    public static void Write(string repo, string siteRoot, int count)
    {
        var folder = Path.Combine(siteRoot, RecordStore.FindingsFolder);
        foreach (var stale in new[] { "output", ".output-staging", ".output-previous", Incremental.BuildCache.FolderName })
            if (Directory.Exists(Path.Combine(siteRoot, stale))) Directory.Delete(Path.Combine(siteRoot, stale), recursive: true);
        var shapes = Shapes(repo);
        var sentences = Sentences(Path.Combine(repo, "seeds"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(repo, "statiq.json"), Path.Combine(siteRoot, "statiq.json"), overwrite: true);
        var existing = Directory.GetFiles(folder, "*.md").Length;
        if (existing != count)
        {
            foreach (var file in Directory.GetFiles(folder, "*.md")) File.Delete(file);
            existing = 0;
        }
        // Rewrite every record so an edit left by an earlier run is undone; unchanged bytes keep the file as it is.
        Parallel.For(1, count + 1, n =>
        {
            var path = Path.Combine(folder, RecordFile.FileName(n));
            var text = RecordFile.Write(Make(n, shapes[n % shapes.Count], sentences));
            if (existing == 0 || File.ReadAllText(path) != text) File.WriteAllText(path, text);
        });
    }

    /// <summary>The repository's records, whose themes, statuses and parts the synthetic ones copy.</summary>
    public static IReadOnlyList<FindingRecord> Shapes(string repo) =>
        RecordStore.Load(repo, Settings.SettingsLoader.Load(repo));

    public static FindingRecord Make(int number, FindingRecord shape, IReadOnlyList<string> sentences)
    {
        var random = new Random(number);
        var problem = new StringBuilder();
        var length = random.Next(3, 8);
        for (var i = 0; i < length; i++) problem.Append(sentences[random.Next(sentences.Count)]);
        var text = problem.ToString();
        var title = text[..Math.Min(text.Length, 18)].TrimEnd('，', '。');
        return shape with
        {
            Number = number,
            Label = "序号" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
            Problem = text,
            SourceLine = number,
            RedirectFrom = [],
            FilePath = null,
        };
    }

    /// <summary>Every sentence (ending in 。) of the seed documents, in file order.</summary>
    public static IReadOnlyList<string> Sentences(string seeds)
    {
        var result = new List<string>();
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                var start = 0;
                for (var i = 0; i < line.Length; i++)
                {
                    if (line[i] != '。') continue;
                    var s = line[start..(i + 1)].Trim();
                    if (s.Length >= 8) result.Add(s);
                    start = i + 1;
                }
            }
        }
        return result;
    }
}
