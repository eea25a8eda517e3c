using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Render.Views;

namespace Zhenggai.Render;

/// <summary>
/// Renders every page in parallel: the page's own layout with its view model, then
/// <c>base.sbn</c> around it. Runs after all documents exist, so layouts can link anything.
/// </summary>
public sealed class RenderLayoutsModule : IModule
{
    /// <summary>Optional markup other modules add to a page's head or body end (e.g. the preview reload script).</summary>
    public Func<SiteDocument, string?>? BodyEndHtml { get; init; }

    public BuildPhase Phase => BuildPhase.Render;

    public void Execute(BuildContext context)
    {
        var templates = context.Templates!;
        var site = new SiteViews(context.Settings).Site() with
        {
            FeedUrl = context.TryGetDocument(Feeds.FeedModule.FeedPath, out _) ? Feeds.FeedModule.FeedPath : null,
        };
        var links = new LinkResolver(context.Settings.LinkHideIndexPages);
        var pages = context.Documents.Where(d => d.Layout is not null).ToList();
        // Build cache: everything a page is rendered from besides its document; settings cover the link options.
        var memo = context.Cache?.Renders(templates, site, context.Settings);
        Parallel.ForEach(pages, doc =>
        {
            try
            {
                var extra = BodyEndHtml?.Invoke(doc);
                var cached = memo?.Begin(doc, extra);
                if (cached is { Reused: true }) return; // the published file is kept as it is
                var body = Render(templates, doc.Layout!, doc, doc.Model, site, links, context);
                var page = new PageView(doc.Title ?? site.Title, doc.Description ?? site.Description, doc.Path, doc.Kind,
                    doc.Breadcrumbs, new RawHtml(body), Meta(doc));
                var html = Render(templates, "base", doc, page, site, links, context);
                if (extra is not null) html = html.Replace("</body>", extra + "</body>", StringComparison.Ordinal);
                doc.Content = Encoding.UTF8.GetBytes(DropBlankLines(html));
                cached?.Rendered(doc.Content);
            }
            catch (ScriptRuntimeException ex)
            {
                context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "ZG0503", ex.Span.FileName ?? $"theme/layouts/{doc.Layout}.sbn",
                    ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, $"rendering {doc.Path}: {ex.OriginalMessage}",
                    "the template uses a name its view model does not have; see the view model types in src/Zhenggai/Render/Views"));
            }
        });
    }

    /// <summary>
    /// Template control lines leave empty lines behind; dropping them keeps pages small and
    /// readable. Safe because official text never spans lines inside one element.
    /// </summary>
    public static string DropBlankLines(string html)
    {
        var sb = new StringBuilder(html.Length);
        foreach (var line in html.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            sb.Append(line.TrimEnd()).Append('\n');
        }
        return sb.ToString();
    }

    private static IReadOnlyList<MetaTag> Meta(SiteDocument doc) =>
        doc.Metadata.Where(kv => kv.Key.StartsWith("meta:", StringComparison.Ordinal) && kv.Value.Length > 0)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new MetaTag(kv.Key[5..], kv.Value)).ToList();

    private static string Render(ThemeTemplates templates, string layout, SiteDocument doc, object? model, SiteView site, LinkResolver links, BuildContext context)
    {
        var tc = new HtmlTemplateContext();
        var globals = new ScriptObject();
        globals["model"] = model;
        globals["site"] = site;
        globals["page_path"] = doc.Path;
        var linkRoot = "/" + context.Settings.LinkRoot.Trim('/');
        if (!linkRoot.EndsWith('/')) linkRoot += "/";
        // 404.html is served at any depth, so its links start at LinkRoot instead of being relative.
        Func<string, string> url = doc.Kind == "404"
            ? target => linkRoot + links.Relative("404.html", target).TrimStart('.', '/')
            : target => links.Relative(doc.Path, target);
        globals.Import("url", url);
        globals.Import("partial", new Func<string, object?, RawHtml>((name, m) =>
            new RawHtml(Render(templates, "partials/" + name, doc, m, site, links, context))));
        tc.PushGlobal(globals);
        if (!templates.Has(layout))
            throw new ScriptRuntimeException(new Scriban.Parsing.SourceSpan($"theme/layouts/{layout}.sbn", default, default), $"layout `{layout}` not found");
        return templates.Get(layout).Render(tc);
    }
}
