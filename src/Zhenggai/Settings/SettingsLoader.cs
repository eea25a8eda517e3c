using System.Text.Json;
using Zhenggai.Diagnostics;

namespace Zhenggai.Settings;

/// <summary>Loads <c>statiq.json</c>; a missing file gives defaults, a bad one gives diagnostics with line numbers.</summary>
public static class SettingsLoader
{
    public const string FileName = "statiq.json";

    public static SiteSettings Load(string siteRoot)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path)) return new SiteSettings();
        return Parse(File.ReadAllBytes(path), FileName);
    }

    public static SiteSettings Parse(byte[] bytes, string displayPath)
    {
        SiteSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize(bytes, SettingsJsonContext.Default.SiteSettings);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var col = (int)(ex.BytePositionInLine ?? 0) + 1;
            var unknown = ex.Message.Contains("could not be mapped", StringComparison.Ordinal);
            var message = unknown
                ? $"unknown settings key at {ex.Path}"
                : $"settings are not valid: {FirstSentence(ex.Message)}";
            var hint = unknown
                ? "check the spelling against the settings table in README.md (keys are case-sensitive, e.g. SiteTitle, Host, LinkRoot)"
                : "statiq.json is JSON: check quotes, commas and brackets near this line";
            throw new DiagnosticException(new Diagnostic(DiagnosticSeverity.Error, unknown ? "ZG0101" : "ZG0102", displayPath, line, col, message, hint));
        }
        if (settings is null)
            throw new DiagnosticException(Diagnostic.Error("ZG0102", displayPath, 1, "settings file holds `null`", "write a JSON object: { \"SiteTitle\": \"…\" }"));
        Validate(settings, displayPath, JsonLines.Map(bytes));
        return settings;
    }

    private static void Validate(SiteSettings s, string path, IReadOnlyDictionary<string, int> lines)
    {
        // Where the user wrote a value; 1 for values the file leaves to their defaults.
        int Line(string key) => lines.TryGetValue(key, out var line) ? line : 1;
        var bag = new List<Diagnostic>();
        var themeKeys = new HashSet<string>();
        for (var i = 0; i < s.Themes.Count; i++)
        {
            var t = s.Themes[i];
            if (!Slug.IsValid(t.Key))
                bag.Add(Diagnostic.Error("ZG0103", path, Line($"Themes[{i}].Key"), $"theme key `{t.Key}` is not a valid address segment", "use lowercase ASCII letters, digits and hyphens, e.g. `water`"));
            if (!themeKeys.Add(t.Key))
                bag.Add(Diagnostic.Error("ZG0104", path, Line($"Themes[{i}].Key"), $"theme key `{t.Key}` is defined twice", "give each theme its own key"));
        }
        var reportIds = new HashSet<string>();
        for (var i = 0; i < s.Reports.Count; i++)
        {
            var r = s.Reports[i];
            if (!reportIds.Add(r.Id))
                bag.Add(Diagnostic.Error("ZG0105", path, Line($"Reports[{i}].Id"), $"report id `{r.Id}` is defined twice", "give each report its own Id"));
            if (r.DataDate is not null && !DateOnly.TryParseExact(r.DataDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                bag.Add(Diagnostic.Error("ZG0106", path, Line($"Reports[{i}].DataDate"), $"report `{r.Id}` DataDate `{r.DataDate}` is not a date", "write it as yyyy-MM-dd, e.g. 2025-03-31"));
        }
        for (var i = 0; i < s.Units.Count; i++)
            if (!Slug.IsValid(s.Units[i].Slug))
                bag.Add(Diagnostic.Error("ZG0107", path, Line($"Units[{i}].Slug"), $"unit slug `{s.Units[i].Slug}` is not a valid address segment", "use lowercase ASCII letters, digits and hyphens"));
        if (s.Host is { } host && (host.Contains('/') || host.Contains(':')))
            bag.Add(Diagnostic.Error("ZG0108", path, Line("Host"), $"Host `{host}` should be a bare host name", "write only the host, e.g. `www.example.gov.cn`; put a sub-path in LinkRoot"));
        if (s.ListPageSize < 0)
            bag.Add(Diagnostic.Error("ZG0109", path, Line("ListPageSize"), $"ListPageSize `{s.ListPageSize}` is negative",
                "give the number of rows per list page, e.g. 200, or 0 to put every list on one page"));
        if (bag.Count > 0) throw new DiagnosticException(bag);
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message : message[..(i + 1)];
    }
}
