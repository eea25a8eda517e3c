using System.Globalization;
using System.Text.Json;
using Zhenggai.Diagnostics;

namespace Zhenggai.Render.Search;

/// <summary>
/// Builds the static full-text index that theme/assets/js/search.js queries. Files, all under
/// <c>search/</c> relative to the site root:
/// <list type="bullet">
/// <item><c>meta.json</c>: themes, statuses, parts, bucket counts, the tokens with c/ files, the frequent phrases (<see cref="PhraseTable"/>)
/// with their positions' sizes, and the document table (number, themes, status) that filters need;</item>
/// <item><c>k/{partition}-{bucket}.json</c>: small tokens' postings, and large tokens' counts, inline;</item>
/// <item><c>x/{partition}/{i}.json</c>: a large token's counts with positions, and <c>c/{partition}/{i}.json</c> its counts when too large to inline;</item>
/// </list>
/// A result's title, label, address and text come from the finding's open-data file
/// (<see cref="SearchIndexOptions.DocumentFile"/>), which the site publishes anyway: the index keeps no copy.
/// Tokens are described in <see cref="SearchTokenizer"/>; bench/SEARCH.md explains the design and its measured cost.
/// The build streams: documents are read once, their tokens spilled to temporary files by
/// partition, then the partitions are gathered and written, a few at a time in parallel, so memory
/// holds a few partitions and the document table, not the whole index.
/// </summary>
public static class SearchIndexBuilder
{
    public const int FormatVersion = 4;

    /// <summary>Documents tokenized together, in parallel, before their records go to the spill in order.</summary>
    private const int IndexBatch = 256;

    /// <summary>Consecutive documents of a batch tokenized by one worker into one <see cref="DocumentSpill"/>.</summary>
    private const int ChunkDocuments = 16;

    /// <summary>Theme filters are bit masks in a JavaScript number's exact 32-bit range.</summary>
    public const int MaxThemes = 30;

    /// <summary>Builds in memory and returns the files sorted by path; convenient for small sites and tests.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Build(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options)
    {
        var files = new List<(string Path, byte[] Content)>();
        Build(docs, options, (path, content) =>
        {
            lock (files) files.Add((path, content));
        });
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Streams the index to <paramref name="write"/> (path relative to the site root, forward slashes),
    /// which is called from several threads at once: partitions are written in parallel. Each path is
    /// written once and the bytes do not depend on the order. Documents must come in ascending number
    /// order. Bad documents become diagnostics, thrown together in a <see cref="DiagnosticException"/>
    /// before any file is written.
    /// </summary>
    public static SearchIndexStats Build(IEnumerable<SearchDocument> docs, SearchIndexOptions options, Action<string, byte[]> write)
    {
        CheckOptions(options);
        var stats = new SearchIndexStatsBuilder();
        void Write(string path, byte[] content)
        {
            stats.AddFile(content.Length);
            write(path, content);
        }
        var parts = new HashSet<string>(options.Parts.Select(p => p.Key), StringComparer.Ordinal);

        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Themes.Count; i++) themeIndex.TryAdd(options.Themes[i].Key, i);
        var statusIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Statuses.Count; i++) statusIndex.TryAdd(options.Statuses[i].Key, i);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var numbers = new List<int>();
        var masks = new List<int>();
        var statuses = new List<int>();
        // Diagnostics with the position of their document in the input, so they are reported in input order.
        var bag = new List<(int Seq, Diagnostic Diagnostic)>();
        var seq = 0;
        using var spill = new PostingSpill(options.TempDirectory, options.Partitions);

        // Documents are tokenized in batches, in parallel, one indexer per worker, a chunk of
        // consecutive documents at a time; the chunks' records are then appended to the spill in
        // document order, so the spill is the same as in one thread.
        var indexers = Enumerable.Range(0, options.Parallelism).Select(_ => new DocumentIndexer(options.Partitions)).ToArray();
        var batch = new List<(SearchDocument Doc, int Mask, int Status, int Seq)>(IndexBatch);
        // Two sets of chunks: one batch's are appended to the spill on a thread of their own while the
        // next batch is tokenized into the other set, so the single-threaded append (a copy per
        // partition and the spill's file writes) is off the path of the parallel batches.
        var chunkSets = new[] { new DocumentSpill[IndexBatch / ChunkDocuments], new DocumentSpill[IndexBatch / ChunkDocuments] };
        var chunkSet = 0;
        Task appending = Task.CompletedTask;
        var batchResults = new string?[IndexBatch];
        void FlushBatch()
        {
            var chunks = chunkSets[chunkSet];
            var first = numbers.Count;
            var chunkCount = (batch.Count + ChunkDocuments - 1) / ChunkDocuments;
            var next = -1;
            // A document too long to index is an error, and the build stops before writing any token
            // file: the ordinals the later documents of its batch were given, and the records of its
            // title already in its chunk, then no longer matter.
            Parallel.For(0, Math.Min(indexers.Length, chunkCount), new ParallelOptions { MaxDegreeOfParallelism = indexers.Length }, w =>
            {
                int c;
                while ((c = Interlocked.Increment(ref next)) < chunkCount)
                {
                    var chunk = chunks[c] ??= new DocumentSpill(options.Partitions);
                    chunk.Clear();
                    for (var i = c * ChunkDocuments; i < Math.Min(batch.Count, (c + 1) * ChunkDocuments); i++)
                        batchResults[i] = indexers[w].Add(first + i, batch[i].Doc, chunk);
                }
            });
            // The previous batch's append must be done before this one's starts (the spill stays in
            // document order) and before its chunks are filled again, two batches from now.
            appending.GetAwaiter().GetResult();
            appending = Task.Run(() =>
            {
                for (var c = 0; c < chunkCount; c++) spill.Append(chunks[c]);
            });
            chunkSet ^= 1;
            for (var i = 0; i < batch.Count; i++)
            {
                var (doc, mask, status, docSeq) = batch[i];
                if (batchResults[i] is { } tooLong)
                {
                    bag.Add((docSeq, Diagnostic.Error("ZG0901", doc.SourceFile ?? doc.Url, 1,
                        $"the {tooLong} of finding {doc.Number} is over {SearchTokenizer.MaxPositions:N0} characters, more than the search index can address",
                        "a finding this long is almost certainly a pasted document; split it or shorten it")));
                    continue;
                }
                numbers.Add(doc.Number);
                masks.Add(mask);
                statuses.Add(status);
            }
            batch.Clear();
        }
        void IndexDocument(SearchDocument doc, int mask, int status, int docSeq)
        {
            batch.Add((doc, mask, status, docSeq));
            if (batch.Count == IndexBatch) FlushBatch();
        }

        // The first documents wait, valid ones only, until the phrases are chosen from them.
        var sampler = new PhraseSampler(options.PhraseSampleCharacters, options.PhraseBudget);
        var pending = new List<(SearchDocument Doc, int Mask, int Status, int Seq)>();
        PhraseTable? phrases = null;
        void ChoosePhrases()
        {
            phrases = sampler.Choose();
            foreach (var indexer in indexers) indexer.Phrases = phrases;
            foreach (var (doc, mask, status, docSeq) in pending) IndexDocument(doc, mask, status, docSeq);
            pending.Clear();
        }

        try
        {
            var previous = 0;
            foreach (var doc in docs)
            {
                var file = doc.SourceFile ?? doc.Url;
                var problems = bag.Count;
                seq++;
                void Report(Diagnostic d) => bag.Add((seq, d));
                if (doc.Number <= previous)
                    Report(Diagnostic.Error("ZG0902", file, 1,
                        $"finding {doc.Number} comes after finding {previous}: the search index needs unique numbers in ascending order",
                        "give each finding its own 序号 number; the site sorts findings by it"));
                var mask = 0;
                foreach (var key in doc.ThemeKeys)
                {
                    if (themeIndex.TryGetValue(key, out var t)) mask |= 1 << t;
                    else Report(Diagnostic.Error("ZG0903", file, 1, $"unknown theme `{key}`",
                        "use one of the theme keys in settings: " + string.Join(", ", options.Themes.Select(x => x.Key))));
                }
                if (!statusIndex.TryGetValue(doc.StatusKey, out var status))
                    Report(Diagnostic.Error("ZG0904", file, 1, $"unknown status `{doc.StatusKey}`",
                        "use one of " + string.Join(", ", options.Statuses.Select(x => x.Key))));
                if (!IsSafeRelativeUrl(doc.Url))
                    Report(Diagnostic.Error("ZG0906", file, 1, $"the address `{doc.Url}` is not a plain relative path such as findings/25/",
                        "search results link to this address from any page of the site, so it must be relative to the site root, without a scheme, a leading / or .."));
                foreach (var text in AllText(doc))
                    if (HasLoneSurrogate(text))
                        Report(Diagnostic.Error("ZG0907", file, 1, "the text contains a broken character (a lone UTF-16 surrogate)",
                            "re-import the finding from the source document; the text must be valid Unicode"));
                foreach (var f in doc.Fields)
                    if (!parts.Contains(f.Anchor))
                        throw new ArgumentException($"finding {doc.Number} has a part `{f.Anchor}` that the options' Parts do not list: search results could not show it", nameof(docs));
                if (bag.Count > problems) continue;
                previous = doc.Number;

                if (phrases is not null)
                {
                    IndexDocument(doc, mask, status, seq);
                    continue;
                }
                sampler.Add(doc);
                pending.Add((doc, mask, status, seq));
                if (sampler.Full) ChoosePhrases();
            }
            if (phrases is null) ChoosePhrases();
            FlushBatch();
            appending.GetAwaiter().GetResult();
        }
        finally
        {
            // On an error the spill is disposed on the way out: let the last append finish first.
            // Its own failure, if any, matters less than the error already on its way.
            if (!appending.IsCompleted)
            {
                try { appending.Wait(); }
                catch (AggregateException) { }
            }
        }
        if (bag.Count > 0) throw new DiagnosticException(bag.OrderBy(b => b.Seq).Select(b => b.Diagnostic).ToList());
        stats.Documents = numbers.Count;
        var firstPass = clock.Elapsed;

        // Partitions are independent: each writes its own files and its own slots of buckets and
        // phraseSizes, so emitting them in parallel changes no byte. Memory holds one partition per worker.
        var buckets = new int[options.Partitions];
        var phraseSizes = new int[phrases!.Count];
        var positionFiles = new List<(string Token, string Id, int Size)>[options.Partitions];
        var countFiles = new List<(string Token, string Id)>[options.Partitions];
        spill.FlushAll();
        // The partitions' spill arrays and large postings come from a pool of this build's own: the shared
        // pool would keep hundreds of megabytes of them (a 100,000-finding partition's spill is 20 MB)
        // for the rest of the process, through the write and check phases.
        var pool = System.Buffers.ArrayPool<byte>.Create(1 << 30, 32);
        // The documents pass's garbage goes before the partitions' arrays arrive (beside the render phase on a large site).
        Pipeline.HeapTrim.IfLarge();
        Parallel.For(0, options.Partitions, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            p =>
            {
                var bytes = spill.ReadPartition(p, pool, out var length);
                buckets[p] = PartitionEmitter.Emit(p, bytes, length, phrases, phraseSizes, positionFiles[p] = new(), countFiles[p] = new(), options, Write, stats, pool);
                // Each partition leaves large arrays behind that only a full collection reclaims.
                Pipeline.HeapTrim.IfGrown();
            });
        Write("search/large.json", LargeJson(positionFiles));

        stats.Phrases = phrases.Count;
        Write("search/meta.json", MetaJson(options, buckets, phrases, phraseSizes, countFiles, numbers, masks, statuses));
        return stats.Build(spill.BytesWritten, firstPass, clock.Elapsed - firstPass);
    }

    /// <summary>A finding's open-data file (see <see cref="SearchIndexOptions.DocumentFile"/>), relative to the site root.</summary>
    public static string DocumentPath(SearchIndexOptions options, int number) =>
        options.DocumentFile.Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static void CheckOptions(SearchIndexOptions options)
    {
        if (options.Partitions < 1 || options.Partitions > 4096 || (options.Partitions & (options.Partitions - 1)) != 0)
            throw new ArgumentException("Partitions must be a power of two from 1 to 4096", nameof(options));
        if (options.PhraseBudget < 0 || options.PhraseSampleCharacters < 0)
            throw new ArgumentException("PhraseBudget and PhraseSampleCharacters must not be negative", nameof(options));
        if (options.LargeEntryBytes < 64 || options.InlineCountsBytes < 0 || options.TargetBucketBytes < 256)
            throw new ArgumentException("LargeEntryBytes must be at least 64, InlineCountsBytes not negative and TargetBucketBytes at least 256", nameof(options));
        if (options.Parallelism < 1)
            throw new ArgumentException("Parallelism must be at least 1", nameof(options));
        if (!options.DocumentFile.Contains("{n}", StringComparison.Ordinal) || !IsSafeRelativeUrl(options.DocumentFile.Replace("{n}", "1", StringComparison.Ordinal)))
            throw new ArgumentException("DocumentFile must be a relative path holding {n}", nameof(options));
        if (options.Themes.Count > MaxThemes)
            throw new DiagnosticException(Diagnostic.Error("ZG0905", "statiq.json", 1,
                $"settings define {options.Themes.Count} themes; search filters support at most {MaxThemes}",
                "merge some themes; a reader cannot use a list of more than a few dozen anyway"));
    }

    private static IEnumerable<string> AllText(SearchDocument doc)
    {
        yield return doc.Label;
        yield return doc.Title;
        foreach (var f in doc.Fields)
        {
            yield return f.Label;
            yield return f.Text;
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        // Every character of every finding passes here, on the thread that feeds the index: a
        // vectorized search skips the text up to its first surrogate, and most texts have none.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0) return false;
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>Relative paths only: the client resolves them against the site root it found, wherever that is.</summary>
    internal static bool IsSafeRelativeUrl(string url)
    {
        if (string.IsNullOrEmpty(url) || url[0] == '/' || url.Contains(':') || url.Contains('\\')) return false;
        if (url.Split('/', '?', '#').Any(segment => segment is ".." or ".")) return false;
        return url.All(c => c > 0x20 && c != 0x7F && c != '"' && c != '<' && c != '>' && c != '`');
    }

    private static byte[] MetaJson(SearchIndexOptions options, int[] buckets, PhraseTable phrases, int[] phraseSizes, List<(string Token, string Id)>[] countFiles,
        List<int> numbers, List<int> masks, List<int> statuses) =>
        SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteNumber("documents", numbers.Count);
            w.WriteNumber("partitions", options.Partitions);
            WriteInts(w, "buckets", buckets);
            // Words of 4 characters up to this long may be phrase tokens; the client looks them up first.
            w.WriteNumber("phraseMax", phrases.LongestLength);
            // Every phrase with the size of its positions file (0: inline in its bucket). A word of four or
            // more characters is then known to be a phrase or not before any file is read, and a longer
            // one's cheapest proof from pairs and phrases is planned without a round for the list.
            w.WriteStartObject("phrases");
            foreach (var i in Enumerable.Range(0, phrases.Count).OrderBy(i => phrases.Texts[i], StringComparer.Ordinal))
                w.WriteNumber(phrases.Texts[i], phraseSizes[i]);
            w.WriteEndObject();
            // Tokens whose counts are too large for their bucket, with their c/ file: a one-token word that
            // is one of them reads its counts file at once instead of first its bucket, to learn the id
            // (the common words of a large site: one round fewer). Read when the page opens, with the rest.
            w.WriteStartObject("countFiles");
            foreach (var (token, id) in countFiles.SelectMany(c => c).OrderBy(t => t.Token, StringComparer.Ordinal)) w.WriteString(token, id);
            w.WriteEndObject();
            WriteFacets(w, "themes", options.Themes);
            WriteFacets(w, "statuses", options.Statuses);
            // Results read a finding's title and text from its open-data file: this path, {n} its number,
            // relative to the site root, with each part under its anchor's key.
            w.WriteString("document", options.DocumentFile);
            WriteFacets(w, "parts", options.Parts);
            var gaps = new int[numbers.Count];
            for (var i = 0; i < gaps.Length; i++) gaps[i] = numbers[i] - (i == 0 ? 0 : numbers[i - 1]);
            // One character per document for the usual site (gap 1, fewer than six themes, five statuses).
            w.WriteString("numbers", PostingString.Encode(gaps));
            w.WriteString("themeMasks", PostingString.Encode(masks));
            w.WriteString("statusIndexes", PostingString.Encode(statuses));
            w.WriteEndObject();
        });

    /// <summary>
    /// Every token with a positions file of its own: its file id and size. A word that must be proved
    /// by positions reads this instead of the buckets of its large pairs, which would be fetched only
    /// to learn these two numbers; only the buckets of its small pairs (positions inline) are read.
    /// </summary>
    private static byte[] LargeJson(List<(string Token, string Id, int Size)>[] positionFiles) => SearchJson.Write(w =>
    {
        w.WriteStartObject();
        foreach (var (token, id, size) in positionFiles.SelectMany(p => p).OrderBy(t => t.Token, StringComparer.Ordinal))
        {
            w.WriteStartArray(token);
            w.WriteStringValue(id);
            w.WriteNumberValue(size);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    });

    private static void WriteInts(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void WriteFacets(Utf8JsonWriter w, string name, IReadOnlyList<SearchFacet> facets)
    {
        w.WriteStartArray(name);
        foreach (var f in facets)
        {
            w.WriteStartArray();
            w.WriteStringValue(f.Key);
            w.WriteStringValue(f.Label);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }
}
