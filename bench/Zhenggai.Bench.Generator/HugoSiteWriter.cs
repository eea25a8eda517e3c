using System.Text;
using System.Text.Json;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Bench.Generator;

/// <summary>
/// Writes the same corpus as a Hugo site, the speed reference: one Markdown page per finding
/// with the four parts under anchored headings, theme and status taxonomies (their term pages
/// are the theme indexes), a section list and a home page listing every finding, relative
/// links, the theme's CSS and images copied as static files. The layouts are in
/// <see cref="HugoLayouts"/>; they mirror the Zhenggai theme's markup closely enough that both
/// tools write pages of about the same size.
/// </summary>
public static class HugoSiteWriter
{
    public static void Write(string hugoRoot, SiteSettings settings, string? themeAssets, IReadOnlyList<FindingRecord> records)
    {
        foreach (var owned in new[] { "content", "layouts", "static", "public", "resources" })
        {
            var dir = Path.Combine(hugoRoot, owned);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        var findings = Path.Combine(hugoRoot, "content", "findings");
        Directory.CreateDirectory(findings);
        File.WriteAllText(Path.Combine(hugoRoot, "config.toml"), Config(settings));
        File.WriteAllText(Path.Combine(findings, "_index.md"), "---\ntitle: \"全部问题\"\n---\n");
        foreach (var (path, text) in HugoLayouts.Files)
        {
            var full = Path.Combine(hugoRoot, "layouts", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        if (themeAssets is not null && Directory.Exists(themeAssets))
        {
            foreach (var file in Directory.EnumerateFiles(themeAssets, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(hugoRoot, "static", "assets", Path.GetRelativePath(themeAssets, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        Parallel.ForEach(records, r => File.WriteAllText(Path.Combine(findings, r.Number + ".md"), Page(r)));
    }

    private static string Config(SiteSettings settings)
    {
        var sb = new StringBuilder();
        sb.Append("baseURL = \"/\"\n");
        sb.Append("languageCode = \"zh-CN\"\n");
        sb.Append("title = ").Append(Quote(settings.SiteTitle)).Append('\n');
        // Zhenggai writes relative links so a site works under any sub-path; Hugo's equivalent.
        sb.Append("relativeURLs = true\n");
        // Zhenggai writes no feeds or sitemaps (yet): leaving them out only makes Hugo faster.
        sb.Append("disableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\"]\n");
        // Lists split into pages as Zhenggai's are (ListPageSize; 0 means one page, which Hugo writes as a very large size).
        var pageSize = settings.ListPageSize > 0 ? settings.ListPageSize : int.MaxValue / 2;
        sb.Append("paginate = ").Append(pageSize).Append('\n');
        sb.Append("paginatePath = \"page\"\n");
        sb.Append("[taxonomies]\n  theme = \"themes\"\n  status = \"statuses\"\n");
        sb.Append("[params]\n  listPageSize = ").Append(pageSize).Append("\n  reportTitle = ").Append(Quote(settings.Reports.FirstOrDefault()?.Title ?? settings.SiteTitle)).Append('\n');
        sb.Append("[params.themeLabels]\n");
        foreach (var t in settings.Themes) sb.Append("  ").Append(t.Key).Append(" = ").Append(Quote(t.Label)).Append('\n');
        sb.Append("[params.statusMarks]\n");
        foreach (var s in FindingStatus.All) sb.Append("  ").Append(FindingStatus.Key(s)).Append(" = ").Append(Quote(s)).Append('\n');
        return sb.ToString();
    }

    private static string Page(FindingRecord r)
    {
        var sb = new StringBuilder(8192);
        sb.Append("---\n");
        sb.Append("title: ").Append(Quote(r.Label + " " + r.Title)).Append('\n');
        sb.Append("heading: ").Append(Quote(r.Title)).Append('\n');
        sb.Append("label: ").Append(Quote(r.Label)).Append('\n');
        sb.Append("number: ").Append(r.Number).Append('\n');
        sb.Append("weight: ").Append(r.Number).Append('\n');
        sb.Append("url: /findings/").Append(r.Number).Append("/\n");
        sb.Append("status: ").Append(Quote(r.Status)).Append('\n');
        sb.Append("statuses: [").Append(Quote(FindingStatus.Key(r.Status))).Append("]\n");
        sb.Append("themes: [").Append(string.Join(", ", r.Themes.Select(Quote))).Append("]\n");
        sb.Append("---\n");
        foreach (var part in FindingParts.All)
        {
            sb.Append("\n## ").Append(FindingParts.Heading(part)).Append(" {#").Append(FindingParts.Anchor(part)).Append("}\n");
            foreach (var paragraph in r.GetPart(part).Split('\n'))
                sb.Append('\n').Append(paragraph).Append('\n');
        }
        return sb.ToString();
    }

    // A JSON string is a valid double-quoted YAML and TOML string; non-ASCII stays readable.
    private static string Quote(string s) => JsonSerializer.Serialize(s, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
