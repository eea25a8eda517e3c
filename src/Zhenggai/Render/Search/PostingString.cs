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
