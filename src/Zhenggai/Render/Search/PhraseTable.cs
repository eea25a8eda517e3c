namespace Zhenggai.Render.Search;

/// <summary>
/// The frequent Han phrases (4 to 8 characters) that get a token of their own, so that a common
/// phrase such as 生态环境 is answered from its counts instead of the positions of its pairs, which
/// for a phrase in nearly every finding are the bulk of a cold query's download; and a longer word
/// that contains phrases is proved with their positions, far fewer than those of their pairs.
/// The set is closed under prefixes (every phrase's first <c>n - 1</c> characters are a phrase too,
/// down to four), which lets <see cref="PhrasesAt"/> stop extending at the first miss; counts are
/// exact because every hash hit is checked against the phrase's own code points.
/// </summary>
internal sealed class PhraseTable
{
    public const int MinLength = 4;
    public const int MaxLength = 8;
    private const ulong Seed = 14695981039346656037UL;

    // Each phrase's length and code points in one flat array, Stride ints per phrase: the check of a
    // hash hit reads one place in one array, where an array per phrase was a second object to reach
    // (profiled, that read was the slowest instruction of PhrasesAt, run at every Han character).
    private const int Stride = MaxLength + 1;
    private int[] codePoints = new int[Stride * 64];

    // Phrase index + 1 by hash (open addressing, at most a quarter full; 0 is empty), with each
    // place's hash beside it: a hash hit costs one read of one array. Profiled, a
    // Dictionary<ulong, int> (buckets, then entries) was half of the phrase matching.
    private struct Place
    {
        public ulong Hash;
        public int Index;
    }

    private Place[] places = new Place[16];

    // One bit per 16-bit slice of the hash of each four-character phrase: most places in a text
    // start no phrase, and the bit says so without the dictionary (about one in 60 passes wrongly
    // with the full 1,024 phrases, and the dictionary then says no).
    private readonly ulong[] startBits = new ulong[1 << 10];

    // One bit per code point (modulo 2^16) that is the first character of a phrase, and one per code
    // point that is the second: most Han characters of a text start no phrase, and two bit tests say
    // so before the four hash steps and Han tests above (profiled, those were most of the matching).
    private readonly ulong[] firstBits = new ulong[1 << 10];
    private readonly ulong[] secondBits = new ulong[1 << 10];

    public static PhraseTable Empty { get; } = new();

    /// <summary>Phrase texts by index (the index is what the spill stores).</summary>
    public List<string> Texts { get; } = new();

    /// <summary>FNV-1a of each phrase's UTF-16 text, as search.js computes it to find the bucket.</summary>
    public List<uint> BucketHashes { get; } = new();

    public int Count => Texts.Count;

    /// <summary>The longest phrase, so the client does not look up longer words in vain (0 when there is none).</summary>
    public int LongestLength { get; private set; }

    /// <summary>CJK ideographs (URO, extension A, compatibility ideographs, supplementary planes 2 and 3).</summary>
    /// <remarks>Asked of every character of every finding (and of the next four at each Han one): it must not cost a call, which it did without tiered PGO.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>Extends a phrase hash by one code point (64-bit FNV-1a over code points).</summary>
    public static ulong Step(ulong hash, int cp) => (hash ^ (uint)cp) * 1099511628211UL;

    public static ulong HashOf(ReadOnlySpan<int> cps)
    {
        var h = Seed;
        foreach (var cp in cps) h = Step(h, cp);
        return h;
    }

    public bool Contains(ReadOnlySpan<int> cps) => Find(HashOf(cps), cps) >= 0;

    /// <summary>Adds a phrase whose prefix of one character less is already in (or which has four characters); false if it cannot be added.</summary>
    public bool TryAdd(ReadOnlySpan<int> cps)
    {
        if (cps.Length is < MinLength or > MaxLength) return false;
        if (cps.Length > MinLength && !Contains(cps[..^1])) return false;
        var hash = HashOf(cps);
        // Two phrases with one 64-bit hash: keep the first. Leaving a phrase out only costs bytes, never exactness.
        if (IndexOf(hash) >= 0) return false;
        var index = Texts.Count;
        if ((index + 1) * 4 > places.Length) Rehash(places.Length * 2);
        Put(hash, index);
        if (cps.Length == MinLength)
        {
            startBits[StartBit(hash) >> 6] |= 1UL << StartBit(hash);
            SetBit(firstBits, cps[0]);
            SetBit(secondBits, cps[1]);
        }
        if (codePoints.Length < (index + 1) * Stride) Array.Resize(ref codePoints, codePoints.Length * 2);
        codePoints[index * Stride] = cps.Length;
        cps.CopyTo(codePoints.AsSpan(index * Stride + 1));
        var text = string.Concat(cps.ToArray().Select(char.ConvertFromUtf32));
        Texts.Add(text);
        BucketHashes.Add(SearchTokenizer.Hash(text));
        LongestLength = Math.Max(LongestLength, cps.Length);
        return true;
    }

    /// <summary>
    /// Writes the index of every phrase that starts at <paramref name="start"/> of <paramref name="folded"/>
    /// into <paramref name="found"/> (room for <see cref="MaxLength"/> - <see cref="MinLength"/> + 1), shortest
    /// first, and returns how many there are: each is a token at that position, overlapping ones included.
    /// </summary>
    public int PhrasesAt(ReadOnlySpan<int> folded, int start, Span<int> found)
    {
        if (start + MinLength > folded.Length || !HasBit(firstBits, folded[start]) || !HasBit(secondBits, folded[start + 1])) return 0;
        var h = Seed;
        for (var k = 0; k < MinLength; k++)
        {
            var cp = folded[start + k];
            if (!IsHan(cp)) return 0;
            h = Step(h, cp);
        }
        var bit = StartBit(h);
        if ((startBits[bit >> 6] & (1UL << bit)) == 0) return 0;
        var n = 0;
        for (var length = MinLength; ; length++)
        {
            var index = Find(h, folded.Slice(start, length));
            if (index < 0) break; // closed under prefixes: no longer phrase starts here either
            found[n++] = index;
            if (length == MaxLength || start + length == folded.Length || !IsHan(folded[start + length])) break;
            h = Step(h, folded[start + length]);
        }
        return n;
    }

    private static int StartBit(ulong hash) => (int)(hash >> 48);

    private static void SetBit(ulong[] bits, int cp) => bits[(cp >> 6) & 0x3FF] |= 1UL << cp;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasBit(ulong[] bits, int cp) => (bits[(cp >> 6) & 0x3FF] & (1UL << cp)) != 0;

    private int Find(ulong hash, ReadOnlySpan<int> cps)
    {
        var index = IndexOf(hash);
        if (index < 0) return -1;
        var at = index * Stride;
        var stored = codePoints.AsSpan(at + 1, MaxLength);
        if (codePoints[at] != cps.Length) return -1;
        // At most eight code points: a loop, where SequenceEqual's call and set-up cost more than the compare.
        for (var k = 0; k < cps.Length; k++)
            if (stored[k] != cps[k]) return -1;
        return index;
    }

    /// <summary>The index of the phrase with <paramref name="hash"/>, or -1.</summary>
    private int IndexOf(ulong hash)
    {
        var table = places;
        var mask = table.Length - 1;
        var i = (int)(hash >> 32) & mask;
        while (true)
        {
            ref var place = ref table[i];
            if (place.Index == 0) return -1;
            if (place.Hash == hash) return place.Index - 1;
            i = (i + 1) & mask;
        }
    }

    private void Put(ulong hash, int index)
    {
        var mask = places.Length - 1;
        var i = (int)(hash >> 32) & mask;
        while (places[i].Index != 0) i = (i + 1) & mask;
        places[i] = new Place { Hash = hash, Index = index + 1 };
    }

    private void Rehash(int size)
    {
        var old = places;
        places = new Place[size];
        foreach (var place in old)
            if (place.Index != 0) Put(place.Hash, place.Index - 1);
    }
}
