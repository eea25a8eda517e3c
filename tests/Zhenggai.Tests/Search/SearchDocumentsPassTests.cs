using CsCheck;
using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The documents pass's own structures against plain models: the token table of a field, the
/// phrase matcher and the spill's count records. The index files are checked end to end elsewhere
/// (SearchExactnessTests, SearchIndexFormatTests); these pin the fast paths that files of a small
/// site may not reach (tables that grow, counts of 16 and more, characters beyond the BMP).
/// </summary>
public class SearchDocumentsPassTests
{
    [Fact]
    public void Token_slots_number_keys_by_first_occurrence_and_count_them_field_by_field()
    {
        // Small alphabets repeat keys; large ones make the table grow within a field.
        var key = Gen.OneOf(Gen.ULong[0, 40], Gen.ULong[0, 5000], Gen.ULong);
        Gen.Select(key.Array[0, 3000], Gen.Int[1, 4]).Sample((keys, fields) =>
        {
            var slots = new TokenSlots();
            for (var f = 0; f < fields; f++)
            {
                slots.Clear();
                var order = new List<ulong>();
                var counts = new Dictionary<ulong, int>();
                // Each field takes the keys from a different start, so a later field sees keys the earlier ones left in the table.
                for (var i = 0; i < keys.Length; i++)
                {
                    var k = keys[(i + f * 7) % keys.Length];
                    if (!counts.TryGetValue(k, out var c)) order.Add(k);
                    counts[k] = c + 1;
                    Assert.Equal(order.IndexOf(k), slots.Add(k));
                }
                Assert.Equal(order.Count, slots.Count);
                for (var s = 0; s < order.Count; s++)
                {
                    Assert.Equal(order[s], slots.Keys[s]);
                    Assert.Equal(counts[order[s]], slots.Counts[s]);
                }
            }
        });
    }

    [Fact]
    public void Phrases_found_at_each_place_are_those_a_brute_force_search_finds()
    {
        // A few Han characters, one beyond the BMP whose low 16 bits equal one inside it (the
        // matcher's first filters look at those bits only), and a letter that breaks runs.
        int[] alphabet = [0x4E00, 0x4E01, 0x4E02, 0x9FA5, 0x24E00, 0x3400, 'a'];
        var text = Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]).Array[0, 200];
        var phrase = Gen.Int[0, 5].Select(i => alphabet[i]).Array[PhraseTable.MinLength, PhraseTable.MaxLength];
        Gen.Select(text, phrase.Array[0, 300]).Sample((cps, candidates) =>
        {
            var table = new PhraseTable();
            var taken = new List<int[]>();
            foreach (var p in candidates)
                if (table.TryAdd(p)) taken.Add(p);
            Assert.Equal(taken.Count, table.Count);
            var found = new int[PhraseTable.MaxLength - PhraseTable.MinLength + 1];
            for (var start = 0; start < cps.Length; start++)
            {
                var n = table.PhrasesAt(cps, start, found);
                var expected = taken.Select((p, index) => (p, index))
                    .Where(t => start + t.p.Length <= cps.Length && cps.AsSpan(start, t.p.Length).SequenceEqual(t.p))
                    .OrderBy(t => t.p.Length).Select(t => t.index).ToArray();
                Assert.Equal(expected, found.AsSpan(0, n).ToArray());
            }
        });
    }

    [Fact]
    public void Count_records_are_a_varint_head_then_the_token_whatever_the_count()
    {
        foreach (var count in new[] { 1, 15, 16, 300, 70_000 })
        {
            var spill = new DocumentSpill(1);
            spill.BeginField(3, DocumentIndexer.BodyField);
            spill.AddCount(0, 0x79E7, count);
            spill.AddCount(0, SearchTokenizer.TripleKey(0x9ED1, 0x571F, 0x5730), count);
            spill.AddCount(0, 0x20000, count);
            spill.EndField();

            var expected = new List<byte>();
            void Varint(ulong v)
            {
                for (; v >= 0x80; v >>= 7) expected.Add((byte)(v | 0x80));
                expected.Add((byte)v);
            }
            void Char(int c)
            {
                expected.Add((byte)c);
                expected.Add((byte)(c >> 8));
            }
            Varint(3 * 2 + DocumentIndexer.BodyField);
            Varint(((ulong)count << 3) | DocumentSpill.Kind.Single);
            Char(0x79E7);
            Varint(((ulong)count << 3) | DocumentSpill.Kind.Triple);
            Char(0x9ED1);
            Char(0x571F);
            Char(0x5730);
            Varint(((ulong)count << 3) | DocumentSpill.Kind.Key);
            Varint(0x20000);
            Varint(DocumentSpill.Kind.End);
            Assert.Equal(expected.ToArray(), spill.Records(0).ToArray());
        }
    }
}
