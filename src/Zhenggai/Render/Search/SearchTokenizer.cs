using System.Text;

namespace Zhenggai.Render.Search;

/// <summary>
/// Cuts folded text into the tokens the index stores, exactly as search.js cuts a query:
/// <list type="bullet">
/// <item>a run of letters, or a run of digits, is one token ("cod", "2024"); a query word must match a whole run;</item>
/// <item>every other non-space character is a one-character token (counts only, for one-character queries);</item>
/// <item>every pair of neighbouring non-space characters that are not both letters/digits is a two-character
/// token ("秸秆", "4年", "度，"), so any query string can be covered by tokens whose positions prove it is there whole;</item>
/// <item>every three neighbouring characters that are neither letters, digits nor space are a three-character
/// token with counts only ("黑土地"): a three-character query, the commonest kind of Chinese term after two,
/// then needs no positions at all.</item>
/// </list>
/// Single characters and pairs are packed into a <c>ulong</c> key so that the hot loop allocates nothing.
/// </summary>
internal sealed class SearchTokenizer
{
    /// <summary>Positions are stored in 21 bits next to a 43-bit key.</summary>
    public const int MaxPositions = 1 << PositionBits;
    public const int PositionBits = 21;
    private const ulong PairFlag = 1UL << 42;
    private const ulong TripleFlag = 1UL << 63;

    private readonly List<int> folded = new();
    private readonly List<byte> classes = new();

    /// <summary>The folded code points of the text last tokenized.</summary>
    public List<int> Folded => folded;

    /// <summary>Single characters and pairs: key &lt;&lt; 21 | position, unsorted (DocumentIndexer appends phrases in the same packing).</summary>
    public List<ulong> Keyed { get; } = new();

    /// <summary>Three-character keys, one per occurrence, unsorted.</summary>
    public List<ulong> Triples { get; } = new();

    /// <summary>Letter and digit runs with their positions.</summary>
    public List<(string Token, int Position)> Words { get; } = new();

    /// <summary>Tokenizes <paramref name="text"/>; returns the folded length in code points.</summary>
    public int Tokenize(string text)
    {
        folded.Clear();
        classes.Clear();
        Keyed.Clear();
        Triples.Clear();
        Words.Clear();
        SearchText.Fold(text, folded);
        var n = folded.Count;
        if (n >= MaxPositions) return n;
        foreach (var cp in folded) classes.Add(SearchText.Classify(cp));

        var runStart = -1;
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var c = classes[i];
            if (SearchText.IsWord(c))
            {
                if (runStart < 0 || classes[runStart] != c) runStart = i;
                if (i + 1 == n || classes[i + 1] != c)
                {
                    sb.Clear();
                    for (var k = runStart; k <= i; k++) AppendCodePoint(sb, folded[k]);
                    Words.Add((sb.ToString(), runStart));
                    runStart = -1;
                }
            }
            else if (c == SearchText.Other)
            {
                Keyed.Add(((ulong)folded[i] << PositionBits) | (uint)i);
                if (i + 2 < n && classes[i + 1] == SearchText.Other && classes[i + 2] == SearchText.Other)
                    Triples.Add(TripleFlag | ((ulong)folded[i] << 42) | ((ulong)folded[i + 1] << 21) | (uint)folded[i + 2]);
            }
            if (c != SearchText.Space && i + 1 < n)
            {
                var d = classes[i + 1];
                if (d != SearchText.Space && !(SearchText.IsWord(c) && SearchText.IsWord(d)))
                    Keyed.Add(((PairFlag | ((ulong)folded[i] << 21) | (uint)folded[i + 1]) << PositionBits) | (uint)i);
            }
        }
        return n;
    }

    /// <summary>
    /// A frequent phrase (<see cref="PhraseTable"/>) is keyed by its index above the single characters'
    /// 21 bits, with neither the pair nor the triple flag: a range no other key uses.
    /// </summary>
    public static ulong PhraseKey(int index) => (1UL << PositionBits) + (ulong)index;

    public static bool IsPhrase(ulong key) => (key & (TripleFlag | PairFlag)) == 0 && key >= 1UL << PositionBits;

    public static int PhraseIndexOf(ulong key) => (int)(key - (1UL << PositionBits));

    public static ulong KeyOf(ulong packed) => packed >> PositionBits;

    public static int PositionOf(ulong packed) => (int)(packed & (MaxPositions - 1));

    /// <summary>Pairs and phrases hold positions to prove a longer query is there whole; single characters and triples never do.</summary>
    public static bool IsPositional(ulong key) => (key & TripleFlag) == 0 && ((key & PairFlag) != 0 || IsPhrase(key));

    public static string TokenOf(ulong key)
    {
        var sb = new StringBuilder(6);
        if ((key & TripleFlag) != 0)
        {
            AppendCodePoint(sb, (int)((key >> 42) & 0x1FFFFF));
            AppendCodePoint(sb, (int)((key >> 21) & 0x1FFFFF));
            AppendCodePoint(sb, (int)(key & 0x1FFFFF));
        }
        else if ((key & PairFlag) != 0)
        {
            AppendCodePoint(sb, (int)((key >> 21) & 0x1FFFFF));
            AppendCodePoint(sb, (int)(key & 0x1FFFFF));
        }
        else
        {
            AppendCodePoint(sb, (int)key);
        }
        return sb.ToString();
    }

    /// <summary>FNV-1a over the UTF-16 code units of the token; search.js computes the same to find a token's bucket.</summary>
    public static uint Hash(string token)
    {
        var h = 2166136261u;
        foreach (var ch in token)
        {
            h ^= ch;
            h *= 16777619u;
        }
        return h;
    }

    /// <summary>The same hash as <see cref="Hash"/> of <see cref="TokenOf"/>, without building the string.</summary>
    public static uint HashKey(ulong key)
    {
        var h = 2166136261u;
        if ((key & TripleFlag) != 0)
        {
            h = HashCodePoint(h, (int)((key >> 42) & 0x1FFFFF));
            h = HashCodePoint(h, (int)((key >> 21) & 0x1FFFFF));
            return HashCodePoint(h, (int)(key & 0x1FFFFF));
        }
        if ((key & PairFlag) != 0)
        {
            h = HashCodePoint(h, (int)((key >> 21) & 0x1FFFFF));
            return HashCodePoint(h, (int)(key & 0x1FFFFF));
        }
        return HashCodePoint(h, (int)key);
    }

    private static uint HashCodePoint(uint h, int cp)
    {
        if (cp < 0x10000) return (h ^ (uint)cp) * 16777619u;
        var v = cp - 0x10000;
        h = (h ^ (uint)(0xD800 + (v >> 10))) * 16777619u;
        return (h ^ (uint)(0xDC00 + (v & 0x3FF))) * 16777619u;
    }

    // Lone surrogates are kept as they are (ConvertFromUtf32 would throw on them), as JavaScript does.
    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }
}
