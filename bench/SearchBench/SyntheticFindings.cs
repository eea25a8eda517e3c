using System.Text;
using Zhenggai.Records;
using Zhenggai.Render.Search;

namespace SearchBench;

/// <summary>
/// Synthetic findings made of sentences drawn from the real seeds with a fixed random seed, so the
/// vocabulary is the real one, only far more repetitive than a real site (every common term is in
/// nearly every finding): a worst case for postings size.
/// </summary>
internal static class SyntheticFindings
{
    public static IReadOnlyList<string> Sentences(string seedsFolder)
    {
        var sentences = new List<string>();
        foreach (var file in Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllText(file).Split('\n'))
            {
                var text = line.Trim().Trim('\t');
                if (text.Length == 0 || text.All(char.IsAsciiDigit) || text.StartsWith("序号", StringComparison.Ordinal)) continue;
                var start = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] is not ('。' or '；')) continue;
                    if (i + 1 - start >= 4) sentences.Add(text[start..(i + 1)]);
                    start = i + 1;
                }
                if (text.Length - start >= 4) sentences.Add(text[start..] + "。");
            }
        }
        return sentences;
    }

    public static IEnumerable<SearchDocument> Generate(IReadOnlyList<string> sentences, int count, int seed, int charsPerFinding, IReadOnlyList<SearchFacet> themes)
    {
        var random = new Random(seed);
        var statuses = SearchIndexOptions.DefaultStatuses;
        int[] share = [30, 5, 32, 33]; // 问题, 整改目标, 整改措施, 完成情况 as percentages of the text
        for (var n = 1; n <= count; n++)
        {
            var title = sentences[random.Next(sentences.Count)];
            if (title.Length > 40) title = title[..40];
            var fields = new List<SearchField>();
            for (var p = 0; p < 4; p++)
            {
                var part = FindingParts.All[p];
                var target = charsPerFinding * share[p] / 100;
                var sb = new StringBuilder();
                while (sb.Length < target) sb.Append(sentences[random.Next(sentences.Count)]);
                fields.Add(new SearchField(FindingParts.Heading(part), FindingParts.Anchor(part), sb.ToString()));
            }
            var themeKeys = themes.Where(_ => random.Next(4) == 0).Select(t => t.Key).ToList();
            if (themeKeys.Count == 0) themeKeys.Add(themes[^1].Key);
            var label = "序号" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new SearchDocument(n, label, title, themeKeys, statuses[random.Next(statuses.Count)].Key, $"findings/{n}/", fields);
        }
    }
}
