using System.Text;
using System.Text.RegularExpressions;

namespace Zhenggai.Bench.Generator;

/// <summary>
/// Sentences cut from the real seed documents, so synthetic findings have the lengths, the
/// characters (full-width punctuation, 「」“”, units such as m3/d) and the wording of real ones.
/// Printed sub-item markers are removed: the generator numbers its own items.
/// </summary>
public sealed partial class SentencePool
{
    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[\.．、]|[①-⑳])\s*")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"[^。；！？]+[。；！？]?")]
    private static partial Regex Sentence();

    private SentencePool(IReadOnlyList<string> sentences) => Sentences = sentences;

    /// <summary>All sentences, in document order (the order is part of the determinism).</summary>
    public IReadOnlyList<string> Sentences { get; }

    public static SentencePool FromSeeds(string seedsFolder)
    {
        var sentences = new List<string>();
        foreach (var file in Directory.GetFiles(seedsFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\t', '\n').Split('\n'))
            {
                var line = LeadingMarker().Replace(rawLine.Trim(), "").Trim();
                if (line.StartsWith("序号", StringComparison.Ordinal)) continue;
                foreach (Match m in Sentence().Matches(line))
                {
                    var s = m.Value.Trim();
                    // Headings, row numbers and fragments are not sentences a finding would print.
                    if (s.Length < 8 || !s.Any(c => c >= '\u4e00' && c <= '\u9fff')) continue;
                    if (s.StartsWith("##", StringComparison.Ordinal) || s.StartsWith('\\') || s.StartsWith("---", StringComparison.Ordinal)) continue;
                    sentences.Add(s);
                }
            }
        }
        if (sentences.Count == 0) throw new InvalidOperationException($"no sentences found in {seedsFolder}/*.txt");
        return new SentencePool(sentences);
    }

    /// <summary>Sentences joined until the text reaches about <paramref name="length"/> characters.</summary>
    public string Text(SplitMix64 random, int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            var s = random.Pick(Sentences);
            // A sentence cut off by the length would end mid-clause; only a sentence ends the text.
            if (sb.Length > 0 && sb.Length + s.Length > length * 3 / 2) break;
            sb.Append(s);
        }
        return sb.ToString();
    }

    /// <summary>A short heading-like phrase: the first clause of a sentence, at most <paramref name="max"/> characters.</summary>
    public string Phrase(SplitMix64 random, int max)
    {
        for (var attempt = 0; ; attempt++)
        {
            var s = random.Pick(Sentences);
            var cut = s.IndexOfAny(['，', '。', '；', '：', '！', '？']);
            var clause = cut < 0 ? s : s[..cut];
            if ((clause.Length >= 6 && clause.Length <= max) || attempt > 20)
                return clause.Length <= max ? clause : clause[..max];
        }
    }
}
