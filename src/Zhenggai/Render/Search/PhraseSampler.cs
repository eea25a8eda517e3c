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
    /// This runs on one thread before any document is indexed, so each place of each run keeps its
    /// gram's hash and count entry from one length to the next: a longer gram's hash is one step on
    /// its prefix's, and whether its two shorter parts are frequent is read from their entries, not
    /// hashed and looked up again.
    /// </summary>
    public PhraseTable Choose()
    {
        if (budget <= 0 || documents == 0) return PhraseTable.Empty;
        var minDocuments = Math.Max(2, (documents + 99) / 100);
        var candidates = new List<(int Documents, string Text, int Run, int Start, int Length)>();
        // For each run, at each start: the hash of the gram of the current length there, and its entry
        // in `entries` (-1 when the gram was not counted, its parts not being frequent).
        var hashes = new ulong[runs.Count][];
        var entryAt = new int[runs.Count][];
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var h = new ulong[run.Length - PhraseTable.MinLength + 1];
            for (var start = 0; start < h.Length; start++) h[start] = PhraseTable.HashOf(run.AsSpan(start, PhraseTable.MinLength));
            hashes[r] = h;
            entryAt[r] = new int[h.Length];
        }
        var entries = new List<(int Documents, int LastDocument, int Run, int Start)>();
        for (var length = PhraseTable.MinLength; length <= PhraseTable.MaxLength; length++)
        {
            var counts = new Dictionary<ulong, int>();
            entries.Clear();
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                var h = hashes[r];
                var at = entryAt[r];
                var document = runDocument[r];
                for (var start = 0; start + length <= run.Length; start++)
                {
                    if (length > PhraseTable.MinLength)
                    {
                        // at[start] and at[start + 1] still hold the shorter length's entries, or -1
                        // where that gram was not counted or is not frequent (marked below).
                        if (at[start] < 0 || at[start + 1] < 0)
                        {
                            at[start] = -1;
                            continue;
                        }
                        h[start] = PhraseTable.Step(h[start], run[start + length - 1]);
                    }
                    ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, h[start], out var seen);
                    if (!seen)
                    {
                        index = entries.Count;
                        entries.Add((0, -1, r, start));
                    }
                    at[start] = index;
                    var c = entries[index];
                    if (c.LastDocument == document) continue;
                    entries[index] = (c.Documents + 1, document, c.Run, c.Start);
                }
            }
            var frequent = 0;
            foreach (var (_, index) in counts)
            {
                var c = entries[index];
                if (c.Documents < minDocuments) continue;
                frequent++;
                var text = string.Concat(runs[c.Run].AsSpan(c.Start, length).ToArray().Select(char.ConvertFromUtf32));
                candidates.Add((c.Documents, text, c.Run, c.Start, length));
            }
            if (frequent == 0) break;
            // Mark each place by whether its gram is frequent, for the next length.
            for (var r = 0; r < runs.Count; r++)
            {
                var at = entryAt[r];
                for (var start = 0; start + length <= runs[r].Length; start++)
                    if (at[start] >= 0 && entries[at[start]].Documents < minDocuments) at[start] = -1;
            }
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
