namespace Zhenggai.Render.Search;

/// <summary>
/// Numbers written as a string of URL-safe characters, 5 bits per character, low bits first:
/// A–Z, a–z, 0–5 (values 0–31) end a number, 6–9, '-', '_' and the rest of the 64 (32–63) say more
/// follow. Postings are mostly small gaps and counts, so most numbers take one character and need
/// no separator: half the size of a JSON number array, and a tenth smaller after gzip.
/// search.js decodes it in decodeNumbers.
/// </summary>
internal static class PostingString
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static ReadOnlySpan<byte> AlphabetBytes => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8;

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> in <paramref name="span"/> (room for 13 characters) and moves past it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Put(Span<byte> span, ref int at, ulong value)
    {
        var alphabet = AlphabetBytes;
        while (value >= 32)
        {
            span[at++] = alphabet[32 + (int)(value & 31)];
            value >>= 5;
        }
        span[at++] = alphabet[(int)value];
    }

    /// <summary>The value of each character of the alphabet (0–63), and 0xFF for any other byte.</summary>
    private static readonly byte[] Values = MakeValues();

    private static byte[] MakeValues()
    {
        var values = new byte[256];
        Array.Fill(values, (byte)0xFF);
        for (var i = 0; i < Alphabet.Length; i++) values[Alphabet[i]] = (byte)i;
        return values;
    }

    /// <summary>Whether <paramref name="ch"/> ends a number (its value is below 32).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Ends(byte ch) => Values[ch] < 32;

    /// <summary>Reads the number at <paramref name="at"/> in <paramref name="text"/> and moves past it.</summary>
    public static ulong Read(ReadOnlySpan<byte> text, ref int at)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var digit = (ulong)Values[text[at++]];
            if (digit < 32) return value | (digit << shift);
            value |= (digit - 32) << shift;
            shift += 5;
        }
    }

    /// <summary>Moves <paramref name="at"/> past <paramref name="count"/> numbers of <paramref name="text"/>.</summary>
    public static void Skip(ReadOnlySpan<byte> text, ref int at, int count)
    {
        var values = Values;
        while (count > 0)
        {
            if (values[text[at++]] < 32) count--;
        }
    }

    public static void Append(List<byte> output, ulong value)
    {
        while (value >= 32)
        {
            output.Add((byte)Alphabet[32 + (int)(value & 31)]);
            value >>= 5;
        }
        output.Add((byte)Alphabet[(int)value]);
    }

    public static byte[] Encode(IEnumerable<int> values)
    {
        var output = new List<byte>();
        foreach (var v in values) Append(output, (ulong)v);
        return output.ToArray();
    }

    public static List<ulong> Decode(string text)
    {
        var values = new List<ulong>();
        ulong value = 0;
        var shift = 0;
        foreach (var ch in text)
        {
            var digit = (ulong)Alphabet.IndexOf(ch);
            if (digit >= 32)
            {
                value |= (digit - 32) << shift;
                shift += 5;
                continue;
            }
            values.Add(value | (digit << shift));
            value = 0;
            shift = 0;
        }
        return values;
    }
}
