using System.Reflection;
using System.Text;

namespace Zhenggai.Render.Search;

/// <summary>
/// Folding and character classes shared by the index builder and theme/assets/js/search.js.
/// Both sides fold each code point on its own (never across neighbours), so an offset in folded
/// text maps back to one place in the original and excerpts can show the original wording.
/// </summary>
internal static class SearchText
{
    public const byte Space = 0;
    public const byte Letter = 1;
    public const byte Digit = 2;
    public const byte Other = 3;

    private static readonly Dictionary<int, int[]> Table = LoadTable();

    // Most text is ASCII or CJK; a flat map for the BMP keeps folding out of the dictionary.
    private static readonly bool[] BmpMapped = BuildBmpMask();

    /// <summary>Appends the folded code points of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Fold(string text, List<int> output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            AppendFolded(cp, output);
        }
    }

    public static string Fold(string text)
    {
        var cps = new List<int>(text.Length);
        Fold(text, cps);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    public static void AppendFolded(int cp, List<int> output)
    {
        if (cp < 0x10000 ? BmpMapped[cp] : Table.ContainsKey(cp))
            output.AddRange(Table[cp]);
        else
            output.Add(cp);
    }

    /// <summary>
    /// Class of a folded code point. Letters and digits of alphabetic scripts form whole-word tokens;
    /// everything else that is not white space (Han, kana, punctuation, symbols) is searched character
    /// by character. The ranges are spelled out rather than taken from Unicode categories so that
    /// search.js, which must run on ES2017 without \p{...}, classifies exactly the same way.
    /// </summary>
    public static byte Classify(int cp)
    {
        if (cp < 0x80)
        {
            if (cp is >= '0' and <= '9') return Digit;
            if (cp is >= 'a' and <= 'z' or >= 'A' and <= 'Z') return Letter;
            if (cp is >= 0x09 and <= 0x0D or 0x20) return Space;
            return Other;
        }
        if (cp is >= 0xC0 and <= 0x24F && cp != 0xD7 && cp != 0xF7) return Letter;
        if (cp is >= 0x370 and <= 0x3FF or >= 0x400 and <= 0x4FF) return Letter;
        if (cp is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000)
            return Space;
        return Other;
    }

    public static bool IsWord(byte cls) => cls is Letter or Digit;

    private static Dictionary<int, int[]> LoadTable()
    {
        const string name = "Zhenggai.Render.Search.SearchFoldTable.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<int, int[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var target = new int[parts.Length - 1];
            for (var i = 1; i < parts.Length; i++) target[i - 1] = Convert.ToInt32(parts[i], 16);
            table[Convert.ToInt32(parts[0], 16)] = target;
        }
        return table;
    }

    private static bool[] BuildBmpMask()
    {
        var mask = new bool[0x10000];
        foreach (var cp in Table.Keys)
            if (cp < 0x10000) mask[cp] = true;
        return mask;
    }
}
