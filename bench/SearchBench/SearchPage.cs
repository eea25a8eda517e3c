using Scriban;
using Scriban.Runtime;
using Zhenggai.Render.Search;

namespace SearchBench;

/// <summary>
/// Puts the real search page next to a benchmark index: the theme's own search.sbn (the markup
/// search.js expects), search.js and site.css, at search/index.html as on a built site. Only the
/// site chrome of base.sbn (header, navigation, footer) is left out: it plays no part in a query.
/// </summary>
internal static class SearchPage
{
    /// <param name="client">Another search.js to serve instead of the theme's (to compare two versions), or null.</param>
    /// <param name="variant">When set, the page is written as search/{variant}.html with its script as
    /// assets/js/search-{variant}.js, beside the main page (for timing two clients in turns).</param>
    public static void Write(string siteRoot, string repo, IReadOnlyList<SearchFacet> themes, string? client = null, string? variant = null)
    {
        var theme = Path.Combine(repo, "theme");
        var script = variant is null ? "assets/js/search.js" : $"assets/js/search-{variant}.js";
        foreach (var asset in new[] { "assets/js/search.js", "assets/css/site.css" })
        {
            var target = Path.Combine(siteRoot, asset == "assets/js/search.js" ? script : asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(client is not null && asset.EndsWith("search.js", StringComparison.Ordinal) ? client : Path.Combine(theme, asset), target, overwrite: true);
        }

        var model = new ScriptObject
        {
            ["themes"] = themes.Select(t => new ScriptObject { ["key"] = t.Key, ["label"] = t.Label, ["url"] = $"themes/{t.Key}/" }).ToList(),
            ["statuses"] = SearchIndexOptions.DefaultStatuses.Select(s => new ScriptObject { ["key"] = s.Key, ["label"] = s.Label }).ToList(),
        };
        var globals = new ScriptObject { ["model"] = model };
        globals.Import("url", new Func<string, string>(path => "../" + path));
        var context = new TemplateContext();
        context.PushGlobal(globals);
        var template = Template.Parse(File.ReadAllText(Path.Combine(theme, "layouts", "search.sbn")));
        if (template.HasErrors) throw new InvalidOperationException(string.Join("\n", template.Messages));
        var body = template.Render(context).Replace("assets/js/search.js", script, StringComparison.Ordinal);

        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'">
            <title>全文搜索</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="../assets/css/site.css">
            </head>
            <body class="page-search">
            <main id="main" class="wrap">
            {body}
            </main>
            </body>
            </html>
            """;
        var page = Path.Combine(siteRoot, "search", variant is null ? "index.html" : variant + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, html);
    }
}
