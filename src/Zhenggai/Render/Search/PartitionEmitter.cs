using System.Globalization;
using System.Text.Json;

namespace Zhenggai.Render.Search;

/// <summary>
/// Second pass for one partition: gathers its tokens' postings from the spill and writes them out.
/// Every token has an entry in a bucket file <c>search/k/{partition}-{bucket}.json</c>. A small
/// token's entry is its postings with positions. A large one's says how big its positions file
/// <c>search/x/{partition}/{i}.json</c> is, and holds its counts inline, so that a query for the token
/// alone needs only the bucket (a <c>search/c/{partition}/{i}.json</c> file when the counts are too large
/// for that). The client can thus fetch only the cheapest positions that prove a query.
/// </summary>
internal static class PartitionEmitter
{
    /// <summary>Returns the number of buckets written for the partition (0 when it holds no token).</summary>
    /// <param name="phraseSizes">Receives, for each phrase of this partition, the size of its positions file (0 when inline).</param>
    /// <param name="positionFiles">Receives each token of this partition with an x/ file: its file id and size, in token order.</param>
    /// <param name="spill">The partition's spill, an array of <paramref name="pool"/> (its first <paramref name="length"/> bytes); returned to it once read.</param>
    /// <param name="pool">The index build's own pool, for the spill and the postings' buffers.</param>
    /// <param name="countFiles">Receives each token of this partition with a c/ file: its file id, in token order.</param>
    public static int Emit(int partition, byte[] spill, int length, PhraseTable phrases, int[] phraseSizes, List<(string Token, string Id, int Size)> positionFiles,
        List<(string Token, string Id)> countFiles, SearchIndexOptions options, Action<string, byte[]> write, SearchIndexStatsBuilder stats,
        System.Buffers.ArrayPool<byte> pool)
    {
        var tokens = Gather(spill, length, phrases, pool);
        pool.Return(spill);
        if (tokens.Count == 0) return 0;
        return WriteTokens(partition, tokens, phraseSizes, positionFiles, countFiles, options, write, stats);
    }

    private static List<(string Token, TokenPostings Postings, int Phrase)> Gather(byte[] spill, int spillLength, PhraseTable phrases, System.Buffers.ArrayPool<byte> pool)
    {
        // The records' format is DocumentSpill's. The readers are inlined so that `at` stays in a
        // register: passed by reference to a call, it went through memory at every byte.
        var tokens = new PartitionPostings(pool);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var data = new ReadOnlySpan<byte>(spill, 0, spillLength);
        var at = 0;
        var chars = new char[64];
        while (at < data.Length)
        {
            var group = ReadVarint(data, ref at);
            var document = checked((int)(group >> 1));
            var field = (int)(group & 1);
            while (true)
            {
                var head = ReadVarint(data, ref at);
                if (head == (ulong)DocumentSpill.Kind.End) break;
                // A count for a token without positions, the length of its count and positions for one with.
                var size = checked((int)(head >> 3));
                int id;
                switch ((int)(head & 7))
                {
                    case DocumentSpill.Kind.Single:
                        tokens.AddCount(tokens.IdOf((ulong)ReadChar(data, ref at)), field, document, size);
                        continue;
                    case DocumentSpill.Kind.Triple:
                        var a = ReadChar(data, ref at);
                        var b = ReadChar(data, ref at);
                        tokens.AddCount(tokens.IdOf(SearchTokenizer.TripleKey(a, b, ReadChar(data, ref at))), field, document, size);
                        continue;
                    case DocumentSpill.Kind.Pair:
                        var first = ReadChar(data, ref at);
                        id = tokens.IdOf(SearchTokenizer.PairKey(first, ReadChar(data, ref at)));
                        break;
                    case DocumentSpill.Kind.Phrase:
                        id = tokens.IdOf(SearchTokenizer.PhraseKey(checked((int)ReadVarint(data, ref at))));
                        break;
                    case DocumentSpill.Kind.Key:
                        var key = ReadVarint(data, ref at);
                        id = tokens.IdOf(key);
                        if (!SearchTokenizer.IsPositional(key))
                        {
                            tokens.AddCount(id, field, document, size);
                            continue;
                        }
                        break;
                    case DocumentSpill.Kind.Word:
                        var length = checked((int)ReadVarint(data, ref at));
                        if (chars.Length < length) chars = new char[length * 2];
                        for (var i = 0; i < length; i++) chars[i] = (char)ReadChar(data, ref at);
                        var word = chars.AsSpan(0, length);
                        if (!wordLookup.TryGetValue(word, out id))
                        {
                            var text = word.ToString();
                            words[text] = id = tokens.AddWord(text);
                        }
                        break;
                    default:
                        throw new InvalidDataException("corrupt search spill");
                }
                tokens.AddPositions(id, field, document, data.Slice(at, size));
                at += size;
            }
        }

        return tokens.Tokens().Select(t => t.Word is { } word
                ? (Token: word, t.Postings, Phrase: -1)
                : SearchTokenizer.IsPhrase(t.Key)
                    ? (Token: phrases.Texts[SearchTokenizer.PhraseIndexOf(t.Key)], t.Postings, Phrase: SearchTokenizer.PhraseIndexOf(t.Key))
                    : (Token: SearchTokenizer.TokenOf(t.Key), t.Postings, Phrase: -1))
            .OrderBy(t => t.Token, StringComparer.Ordinal)
            .ToList();
    }

    private static int WriteTokens(int partition, List<(string Token, TokenPostings Postings, int Phrase)> tokens, int[] phraseSizes,
        List<(string Token, string Id, int Size)> positionFiles, List<(string Token, string Id)> countFiles, SearchIndexOptions options,
        Action<string, byte[]> write, SearchIndexStatsBuilder stats)
    {
        // A small token's entry is its postings as they are, [body, title]: posting characters need no
        // escaping, so its size is known without writing it, and it is written once, into its bucket.
        // A large token's entry is made here. Each token's postings are garbage once its entry is
        // written: memory shrinks as the partition is written.
        var entries = new List<(string Token, TokenPostings? Small, byte[]? Entry)>(tokens.Count);
        var large = 0;
        long total = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var (token, postings, phrase) = tokens[t];
            tokens[t] = default;
            var fullLength = EntryLength(postings);
            // A token with counts only (one or three characters) has nothing to prove with: its counts stay inline up to the larger limit.
            var limit = postings.Positional ? options.LargeEntryBytes : Math.Max(options.LargeEntryBytes, options.InlineCountsBytes);
            if (phrase >= 0) phraseSizes[phrase] = fullLength <= limit ? 0 : fullLength;
            if (fullLength <= limit)
            {
                entries.Add((token, postings, null));
                total += fullLength + token.Length * 3 + 4;
                continue;
            }
            var full = new byte[fullLength];
            WriteEntry(full, postings);
            var id = partition.ToString(CultureInfo.InvariantCulture) + "/" + large.ToString(CultureInfo.InvariantCulture);
            large++;
            var counts = postings.Positional ? SearchJson.Write(w => WriteCounts(w, postings)) : full;
            var inline = counts.Length <= options.InlineCountsBytes;
            if (!inline)
            {
                write("search/c/" + id + ".json", counts);
                countFiles.Add((token, id));
            }
            if (postings.Positional)
            {
                write("search/x/" + id + ".json", full);
                positionFiles.Add((token, id, full.Length));
            }
            var entry = SearchJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("f", id);
                // c: the counts themselves ([body, title], as a small token's entry without positions), or the size of their c/ file.
                if (inline)
                {
                    w.WritePropertyName("c");
                    w.WriteRawValue(counts, skipInputValidation: true);
                }
                else
                {
                    w.WriteNumber("c", counts.Length);
                }
                if (postings.Positional) w.WriteNumber("x", full.Length);
                w.WriteEndObject();
            });
            postings.Release();
            entries.Add((token, null, entry));
            total += entry.Length + token.Length * 3 + 4;
        }
        stats.AddTokens(tokens.Count, large);

        // As many buckets as make them about TargetBucketBytes each; a token's bucket is its hash (above
        // the partition's bits) modulo the count, which meta.json lists per partition.
        var buckets = (int)Math.Max(1, (total + options.TargetBucketBytes - 1) / options.TargetBucketBytes);
        var shift = BitShift(options.Partitions);
        var grouped = new List<int>[buckets];
        for (var e = 0; e < entries.Count; e++)
        {
            var b = (int)((SearchTokenizer.Hash(entries[e].Token) >> shift) % (uint)buckets);
            (grouped[b] ??= new()).Add(e);
        }
        var scratch = new byte[256];
        for (var b = 0; b < buckets; b++)
        {
            var list = grouped[b];
            if (list is null) continue;
            write($"search/k/{partition}-{b}.json", SearchJson.Write(w =>
            {
                w.WriteStartObject();
                foreach (var e in list)
                {
                    var (token, small, entry) = entries[e];
                    entries[e] = default;
                    w.WritePropertyName(token);
                    if (small is null)
                    {
                        w.WriteRawValue(entry!, skipInputValidation: true);
                        continue;
                    }
                    var length = EntryLength(small);
                    if (scratch.Length < length) scratch = new byte[Math.Max(length, scratch.Length * 2)];
                    WriteEntry(scratch, small);
                    w.WriteRawValue(scratch.AsSpan(0, length), skipInputValidation: true);
                    small.Release();
                }
                w.WriteEndObject();
            }));
        }
        return buckets;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ReadChar(ReadOnlySpan<byte> data, ref int at)
    {
        var ch = data[at] | data[at + 1] << 8;
        at += 2;
        return ch;
    }

    public static int BitShift(int partitions)
    {
        var shift = 0;
        while ((1 << shift) < partitions) shift++;
        return shift;
    }

    /// <summary>The length of a token's entry with positions, [body, title] as JSON strings (<see cref="WriteEntry"/>).</summary>
    private static int EntryLength(TokenPostings postings) => postings.Body.Length + postings.Title.Length + 7;

    /// <summary>
    /// Writes the entry [body, title] into <paramref name="destination"/>: the bytes Utf8JsonWriter
    /// would write, since <see cref="PostingString"/> characters are never escaped, at the cost of a copy.
    /// </summary>
    private static void WriteEntry(Span<byte> destination, TokenPostings postings)
    {
        var body = postings.Body;
        var title = postings.Title;
        "[\""u8.CopyTo(destination);
        body.CopyTo(destination[2..]);
        "\",\""u8.CopyTo(destination[(2 + body.Length)..]);
        title.CopyTo(destination[(5 + body.Length)..]);
        "\"]"u8.CopyTo(destination[(5 + body.Length + title.Length)..]);
    }

    private static void WriteCounts(Utf8JsonWriter w, TokenPostings postings)
    {
        w.WriteStartArray();
        SearchJson.WritePostings(w, postings.Body, postings.Positional, withPositions: false);
        SearchJson.WritePostings(w, postings.Title, postings.Positional, withPositions: false);
        w.WriteEndArray();
    }
}
