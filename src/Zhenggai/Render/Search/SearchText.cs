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

    // The index builder folds and classifies every character of every finding: for the BMP, the
    // code point a character folds to when it folds to exactly one (-1: none or several, see Table),
    // and the class of each folded code point, so the hot loop needs neither dictionary nor branches.
    private static readonly int[] BmpFoldsTo = BuildBmpFolds();
    private static readonly byte[] BmpClass = BuildBmpClasses();

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

    /// <summary>
    /// Appends the folded code points of <paramref name="text"/> to <paramref name="folded"/> from
    /// <paramref name="length"/> on, and their classes to <paramref name="classes"/>, growing both
    /// arrays as needed: <see cref="Fold(string, List{int})"/> and <see cref="Classify"/> in one pass.
    /// </summary>
    public static void FoldAndClassify(string text, ref int[] folded, ref byte[] classes, ref int length)
    {
        // Room for one code point per character left is checked once; a character that folds to
        // several makes room for them and for the rest again.
        var n = length;
        if (folded.Length < n + text.Length + 32) Grow(ref folded, ref classes, n + text.Length + 32);
        var foldsTo = BmpFoldsTo;
        var classOf = BmpClass;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            var one = foldsTo[cp];
            if (one >= 0)
            {
                folded[n] = one;
                classes[n++] = classOf[one];
                continue;
            }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (Table.TryGetValue(cp, out var targets))
            {
                if (folded.Length < n + targets.Length + (text.Length - i) + 32) Grow(ref folded, ref classes, n + targets.Length + (text.Length - i) + 32);
                foreach (var t in targets)
                {
                    folded[n] = t;
                    classes[n++] = t < 0x10000 ? classOf[t] : Classify(t);
                }
            }
            else
            {
                folded[n] = cp;
                classes[n++] = cp < 0x10000 ? classOf[cp] : Classify(cp);
            }
        }
        length = n;
    }

    private static void Grow(ref int[] folded, ref byte[] classes, int needed)
    {
        var size = Math.Max(needed, folded.Length * 2);
        Array.Resize(ref folded, size);
        Array.Resize(ref classes, size);
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

    private static int[] BuildBmpFolds()
    {
        var folds = new int[0x10000];
        for (var cp = 0; cp < folds.Length; cp++)
            folds[cp] = char.IsSurrogate((char)cp) ? -1 : !BmpMapped[cp] ? cp : Table[cp].Length == 1 ? Table[cp][0] : -1;
        return folds;
    }

    private static byte[] BuildBmpClasses()
    {
        var classes = new byte[0x10000];
        for (var cp = 0; cp < classes.Length; cp++) classes[cp] = Classify(cp);
        return classes;
    }

    private static bool[] BuildBmpMask()
    {
        var mask = new bool[0x10000];
        foreach (var cp in Table.Keys)
            if (cp < 0x10000) mask[cp] = true;
        return mask;
    }
}
