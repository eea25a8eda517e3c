using System.Runtime.InteropServices;

namespace Zhenggai.Render.Search;

/// <summary>
/// Chooses the phrases of a <see cref="PhraseTable"/> by document frequency in the site's first
/// documents (up to <see cref="SearchIndexOptions.PhraseSampleCharacters"/> characters). A sample,
/// not the whole site, because the build reads documents once and must not hold every distinct
/// n-gram of a large site in memory; the phrases' counts are then taken exactly in every document.
/// A phrase common on the site but absent from the sample only misses the shortcut: its answer is
/// proved by positions as before. The choice depends on nothing but the documents and their order.
/// </summary>
internal sealed class PhraseSampler(int sampleCharacters, int budget)
{
    private readonly List<int[]> runs = new();
    private readonly List<int> runDocument = new();
    private readonly List<int> folded = new();
    private long characters;
    private int documents;

    public bool Full => characters >= sampleCharacters;

    public void Add(SearchDocument doc)
    {
        AddText(doc.Title);
        foreach (var field in doc.Fields) AddText(field.Text);
        documents++;
    }

    private void AddText(string text)
    {
        folded.Clear();
        SearchText.Fold(text, folded);
        characters += folded.Count;
        for (var i = 0; i < folded.Count;)
        {
            if (!PhraseTable.IsHan(folded[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < folded.Count && PhraseTable.IsHan(folded[end])) end++;
            if (end - i >= PhraseTable.MinLength)
            {
                runs.Add(folded.GetRange(i, end - i).ToArray());
                runDocument.Add(documents);
            }
            i = end;
        }
    }

    /// <summary>
    /// Counts n-grams length by length, only extending those whose shorter parts are frequent
    /// (a longer phrase is never in more documents than its parts), then takes the most frequent,
    /// shorter first on ties, up to the budget.
    /// </summary>
    public PhraseTable Choose()
    {
        if (budget <= 0 || documents == 0) return PhraseTable.Empty;
        var minDocuments = Math.Max(2, (documents + 99) / 100);
        var candidates = new List<(int Documents, string Text, int Run, int Start, int Length)>();
        var frequent = new HashSet<ulong>();
        for (var length = PhraseTable.MinLength; length <= PhraseTable.MaxLength; length++)
        {
            var counts = new Dictionary<ulong, (int Documents, int LastDocument, int Run, int Start)>();
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                for (var start = 0; start + length <= run.Length; start++)
                {
                    var gram = run.AsSpan(start, length);
                    if (length > PhraseTable.MinLength &&
                        (!frequent.Contains(PhraseTable.HashOf(gram[..^1])) || !frequent.Contains(PhraseTable.HashOf(gram[1..])))) continue;
                    ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, PhraseTable.HashOf(gram), out var seen);
                    if (!seen) c = (0, -1, r, start);
                    if (c.LastDocument == runDocument[r]) continue;
                    c.Documents++;
                    c.LastDocument = runDocument[r];
                }
            }
            frequent.Clear();
            foreach (var (hash, c) in counts)
            {
                if (c.Documents < minDocuments) continue;
                frequent.Add(hash);
                var text = string.Concat(runs[c.Run].AsSpan(c.Start, length).ToArray().Select(char.ConvertFromUtf32));
                candidates.Add((c.Documents, text, c.Run, c.Start, length));
            }
            if (frequent.Count == 0) break;
        }

        candidates.Sort((a, b) =>
            a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents)
            : a.Length != b.Length ? a.Length.CompareTo(b.Length)
            : string.CompareOrdinal(a.Text, b.Text));
        var table = new PhraseTable();
        foreach (var c in candidates)
        {
            if (table.Count >= budget) break;
            table.TryAdd(runs[c.Run].AsSpan(c.Start, c.Length));
        }
        return table;
    }
}
