using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The answer a search must give, by brute force: a word matches where the folded text contains
/// it as a substring, except that a word starting (ending) with a letter or digit must not be
/// preceded (followed) by another letter (digit): Latin words and numbers match whole.
/// </summary>
internal static class SearchOracle
{
    public static string[] Words(string query) =>
        SearchText.Fold(query).Split([' ', '\t', '\n', '\r', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();

    /// <summary>Occurrences (overlapping) of <paramref name="word"/> in <paramref name="text"/>.</summary>
    public static int Count(string text, string word)
    {
        var folded = SearchText.Fold(text);
        var n = 0;
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (Continues(folded, at - 1, word[0]) || Continues(folded, at + word.Length, word[^1])) continue;
            n++;
        }
        return n;
    }

    private static bool Continues(string text, int index, char edge)
    {
        if (index < 0 || index >= text.Length) return false;
        var cls = SearchText.Classify(edge);
        return SearchText.IsWord(cls) && SearchText.Classify(text[index]) == cls;
    }

    public static int TitleHits(SearchDocument doc, string word) => Count(doc.Title, word);

    public static int BodyHits(SearchDocument doc, string word) => doc.Fields.Sum(f => Count(f.Text, word));

    /// <summary>Numbers of the documents that contain every word, with (title words, hits), in ranking order.</summary>
    public static List<(int Number, int TitleWords, int Hits)> Expected(IEnumerable<SearchDocument> docs, string query, Func<SearchDocument, bool>? filter = null)
    {
        var words = Words(query);
        var results = new List<(int Number, int TitleWords, int Hits)>();
        foreach (var doc in docs)
        {
            if (filter is not null && !filter(doc)) continue;
            var counts = words.Select(w => (Title: TitleHits(doc, w), Body: BodyHits(doc, w))).ToList();
            if (counts.Any(c => c.Title + c.Body == 0)) continue;
            results.Add((doc.Number, counts.Count(c => c.Title > 0), counts.Sum(c => c.Title + c.Body)));
        }
        return results.OrderByDescending(r => r.TitleWords).ThenByDescending(r => r.Hits).ThenBy(r => r.Number).ToList();
    }

    /// <summary>The plain, unfolded substring search the issue asks to equal.</summary>
    public static SortedSet<int> PlainSubstring(IEnumerable<SearchDocument> docs, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new SortedSet<int>(docs
            .Where(d => words.All(w => d.Title.Contains(w, StringComparison.Ordinal) || d.Fields.Any(f => f.Text.Contains(w, StringComparison.Ordinal))))
            .Select(d => d.Number));
    }
}
