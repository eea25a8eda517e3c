using Zhenggai.Settings;

namespace Zhenggai.Import;

/// <summary>
/// Suggests themes from a problem's text: a theme whose keywords occur at least its MinHits
/// times in total. A keyword in the problem's first sentence counts twice: that sentence is the
/// finding's headline (「城区部分建筑工地扬尘管控不到位」), so one mention there says more than one
/// in passing. Several themes may fit; when none does, the catch-all theme (the one without
/// keywords, 综合) is suggested. The editor has the last word in the record.
/// </summary>
public static class ThemeSuggester
{
    public const string FallbackKey = "general";

    public static IReadOnlyList<string> Suggest(string problem, IReadOnlyList<ThemeDefinition> themes)
    {
        var headline = TitleSuggester.Suggest(problem);
        var hits = themes
            .Where(t => t.Keywords.Count > 0 && Hits(problem, t) + Hits(headline, t) >= Math.Max(1, t.MinHits))
            .Select(t => t.Key)
            .ToList();
        if (hits.Count > 0) return hits;
        return [themes.FirstOrDefault(t => t.Keywords.Count == 0)?.Key ?? FallbackKey];
    }

    /// <summary>Occurrences of all the theme's keywords in <paramref name="text"/>, each occurrence counted once per keyword.</summary>
    public static int Hits(string text, ThemeDefinition theme)
    {
        var total = 0;
        foreach (var keyword in theme.Keywords)
        {
            if (keyword.Length == 0) continue;
            for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + keyword.Length, StringComparison.Ordinal))
                total++;
        }
        return total;
    }
}
