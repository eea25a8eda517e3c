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
/// Every token is packed into a <c>ulong</c> key (a word by its number in a table of the words seen)
/// so that the hot loop allocates nothing but a new word's text.
/// </summary>
internal sealed class SearchTokenizer
{
    /// <summary>A field is indexed only if its positions fit in 21 bits (the spill and the client assume no more).</summary>
    public const int MaxPositions = 1 << PositionBits;
    public const int PositionBits = 21;
    private const ulong PairFlag = 1UL << 42;
    private const ulong TripleFlag = 1UL << 63;

    /// <summary>Letter and digit runs are keyed by their number in <see cref="WordText"/>, above every other key.</summary>
    private const ulong WordFlag = 1UL << 62;

    /// <summary>Distinct words are forgotten after this many, between fields: their numbers only matter within one field.</summary>
    private const int MaxWords = 1 << 16;

    private int[] folded = new int[256];
    private byte[] classes = new byte[256];
    private int length;
    private readonly List<string> wordTexts = new();
    private readonly List<uint> wordHashes = new();
    private readonly Dictionary<string, int> wordNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private char[] wordChars = new char[64];
    private readonly int[] phrasesFound = new int[PhraseTable.MaxLength - PhraseTable.MinLength + 1];
    private int[] occurrenceSlots = new int[256];
    private int[] occurrencePositions = new int[256];

    public SearchTokenizer() => wordLookup = wordNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The positional tokens of the field last tokenized, grouped by key: pairs, phrases and words
    /// (<see cref="IsWord"/>), with counts and positions (<see cref="OccurrenceSlots"/>).
    /// </summary>
    public TokenSlots Slots { get; } = new();

    /// <summary>
    /// The tokens with counts only of the field last tokenized, grouped by key: single characters and
    /// triples. Kept apart from <see cref="Slots"/> so that the indexer need not ask each key which
    /// kind it is: it spills the positional tokens in one loop and these in another (each record
    /// kind's writer inlined there), and its counting sort of positions covers positional slots only.
    /// </summary>
    public TokenSlots CountSlots { get; } = new();

    /// <summary>
    /// The positions of the positional tokens' occurrences (pairs, phrases, words) with their slot,
    /// each token's in ascending order: <see cref="OccurrenceCount"/> of each.
    /// </summary>
    public ReadOnlySpan<int> OccurrenceSlots => occurrenceSlots.AsSpan(0, OccurrenceCount);

    public ReadOnlySpan<int> OccurrencePositions => occurrencePositions.AsSpan(0, OccurrenceCount);

    public int OccurrenceCount { get; private set; }

    /// <summary>Starts a field; its text is then given in one or more parts (<see cref="Append"/>).</summary>
    public void Begin() => length = 0;

    /// <summary>Folds and classifies <paramref name="text"/> onto the end of the field.</summary>
    public void Append(string text) => SearchText.FoldAndClassify(text, ref folded, ref classes, ref length);

    /// <summary>
    /// Tokenizes the field into <see cref="Slots"/>; returns its folded length in code points, and
    /// leaves <see cref="Slots"/> empty when that is <see cref="MaxPositions"/> or more.
    /// </summary>
    public int Tokenize(PhraseTable phrases)
    {
        Slots.Clear();
        CountSlots.Clear();
        OccurrenceCount = 0;
        var n = length;
        if (n >= MaxPositions) return n;
        if (wordNumbers.Count > MaxWords)
        {
            wordNumbers.Clear();
            wordTexts.Clear();
            wordHashes.Clear();
        }
        var cps = folded.AsSpan(0, n);
        var cls = classes.AsSpan(0, n);
        var slots = Slots;
        var countSlots = CountSlots;
        var runStart = -1;
        for (var i = 0; i < n; i++)
        {
            var c = cls[i];
            var next = i + 1 < n ? cls[i + 1] : SearchText.Space;
            if (SearchText.IsWord(c))
            {
                if (runStart < 0) runStart = i;
                if (next != c)
                {
                    Occur(slots.Add(WordKey(cps.Slice(runStart, i + 1 - runStart))), runStart);
                    runStart = -1;
                }
            }
            else if (c == SearchText.Other)
            {
                countSlots.Add((ulong)cps[i]);
                if (i + 2 < n && next == SearchText.Other && cls[i + 2] == SearchText.Other)
                    countSlots.Add(TripleKey(cps[i], cps[i + 1], cps[i + 2]));
                if (phrases.Count > 0 && PhraseTable.IsHan(cps[i]))
                {
                    var found = phrases.PhrasesAt(cps, i, phrasesFound);
                    for (var k = 0; k < found; k++) Occur(slots.Add(PhraseKey(phrasesFound[k])), i);
                }
            }
            if (c != SearchText.Space && next != SearchText.Space && !(SearchText.IsWord(c) && SearchText.IsWord(next)))
                Occur(slots.Add(PairKey(cps[i], cps[i + 1])), i);
        }
        return n;
    }

    private void Occur(int slot, int position)
    {
        var k = OccurrenceCount++;
        if (k == occurrenceSlots.Length)
        {
            Array.Resize(ref occurrenceSlots, k * 2);
            Array.Resize(ref occurrencePositions, k * 2);
        }
        occurrenceSlots[k] = slot;
        occurrencePositions[k] = position;
    }

    private ulong WordKey(ReadOnlySpan<int> cps)
    {
        // Letters and digits are all in the BMP (SearchText.Classify), one char each.
        if (wordChars.Length < cps.Length) wordChars = new char[cps.Length * 2];
        var chars = wordChars.AsSpan(0, cps.Length);
        for (var k = 0; k < cps.Length; k++) chars[k] = (char)cps[k];
        if (!wordLookup.TryGetValue(chars, out var number))
        {
            var text = chars.ToString();
            number = wordTexts.Count;
            wordNumbers.Add(text, number);
            wordTexts.Add(text);
            wordHashes.Add(Hash(text));
        }
        return WordFlag | (uint)number;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsTriple(ulong key) => (key & TripleFlag) != 0;

    public static ulong TripleKey(int a, int b, int c) => TripleFlag | ((ulong)a << 42) | ((ulong)b << 21) | (uint)c;

    public static int TripleFirst(ulong key) => (int)((key >> 42) & 0x1FFFFF);

    public static int TripleSecond(ulong key) => (int)((key >> 21) & 0x1FFFFF);

    public static int TripleThird(ulong key) => (int)(key & 0x1FFFFF);

    public static ulong PairKey(int a, int b) => PairFlag | ((ulong)a << 21) | (uint)b;

    /// <summary>A pair's first code point (<see cref="PairKey"/>).</summary>
    public static int PairFirst(ulong key) => (int)((key >> 21) & 0x1FFFFF);

    public static int PairSecond(ulong key) => (int)(key & 0x1FFFFF);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(ulong key) => (key & (TripleFlag | WordFlag)) == WordFlag;

    /// <summary>The text of a word's key (<see cref="IsWord"/>) from the field last tokenized.</summary>
    public string WordText(ulong key) => wordTexts[(int)(key & uint.MaxValue)];

    /// <summary><see cref="Hash"/> of <see cref="WordText"/>.</summary>
    public uint WordHash(ulong key) => wordHashes[(int)(key & uint.MaxValue)];

    /// <summary>
    /// A frequent phrase (<see cref="PhraseTable"/>) is keyed by its index above the single characters'
    /// 21 bits, with neither the pair nor the triple flag: a range no other key uses.
    /// </summary>
    public static ulong PhraseKey(int index) => (1UL << PositionBits) + (ulong)index;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPhrase(ulong key) => (key & (TripleFlag | WordFlag | PairFlag)) == 0 && key >= 1UL << PositionBits;

    public static int PhraseIndexOf(ulong key) => (int)(key - (1UL << PositionBits));

    // The documents pass asks these of every distinct token of every field: they must not cost a call.

    /// <summary>Pairs and phrases hold positions to prove a longer query is there whole; single characters and triples never do.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPositional(ulong key) => (key & TripleFlag) == 0 && ((key & (PairFlag | WordFlag)) != 0 || IsPhrase(key));

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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
