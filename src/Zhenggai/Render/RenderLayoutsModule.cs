using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Zhenggai.Check;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Render.Views;
using Zhenggai.Write;

namespace Zhenggai.Render;

/// <summary>
/// Renders every page in parallel: the page's own layout with its view model, then
/// <c>base.sbn</c> around it. Runs after all documents exist, so layouts can link anything.
/// Each page is then read for the link check and handed to the output writer at once, so
/// memory holds the pages being rendered, not the whole site (100,000 findings make more than
/// a gigabyte of HTML).
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
        var linkRoot = "/" + context.Settings.LinkRoot.Trim('/');
        if (!linkRoot.EndsWith('/')) linkRoot += "/";
        var shared = new ScriptObject { ["site"] = site, ["partial"] = new PartialFunction(templates) };
        var linkReader = new PageLinkReader();
        var pages = context.Documents.Where(d => d.Layout is not null).ToList();
        // Build cache: everything a page is rendered from besides its document; settings cover the link options.
        var cache = context.Cache;
        var memo = cache?.Renders(templates, site, context.Settings);
        var rendered = 0;
        // About a hundred reports for the whole phase: enough for a smooth bar, too few to cost anything.
        var every = Math.Max(1, pages.Count / 100);
        // Each worker's outputs (the layout's content, the whole page, and base.sbn's way into it), reused from page to page.
        using var outputs = new ThreadLocal<(PageOutput Body, PageOutput Page, FrameOutput Frame)>(() => (new PageOutput(), new PageOutput(), new FrameOutput()));
        // Parallel.ForEach starts a new worker every so often (67 of them for 10,000 findings); a
        // finished worker's context goes back here for the next one instead of being dropped.
        var idle = new System.Collections.Concurrent.ConcurrentBag<HtmlTemplateContext>();
        Parallel.ForEach(pages,
            // One context per worker, not per page: Scriban caches what it learns about each view
            // model type in the context, and copies its built-in library into every new one.
            () => idle.TryTake(out var reused) ? reused : NewContext(shared),
            (doc, _, tc) =>
            {
                var extra = BodyEndHtml?.Invoke(doc);
                // Read once: a finding's view model is built on every read.
                var model = doc.Model;
                var cached = memo?.Begin(doc, model, extra);
                if (cached is { Reused: true })
                {
                    // The published file is kept as it is.
                    Report();
                    return tc;
                }
                var globals = new ScriptObject
                {
                    ["page_path"] = doc.Path,
                    ["url"] = new UrlFunction(Url(doc, links, linkRoot)),
                };
                tc.PushGlobal(globals);
                try
                {
                    var (body, whole, frameOutput) = outputs.Value;
                    body.Reset();
                    RenderInto(body, templates, doc.Layout!, tc, globals, model);
                    body.Finish();
                    var page = new PageView(doc.Title ?? site.Title, doc.Description ?? site.Description, doc.Path, doc.Kind,
                        doc.Breadcrumbs, new RawHtml(ContentPlaceholder), Meta(doc));
                    // base.sbn straight into the page, its content put in as it goes (see FrameOutput); a page
                    // with extra markup, or a base.sbn that writes the content otherwise, is assembled from strings.
                    var assembled = false;
                    if (extra is null)
                    {
                        whole.Reset();
                        RenderInto(frameOutput.To(whole, body), templates, "base", tc, globals, page);
                        assembled = frameOutput.Assembled;
                        if (assembled) whole.Finish();
                    }
                    byte[]? text = null;
                    if (!assembled)
                    {
                        var frame = Render(templates, "base", tc, globals, page);
                        if (extra is not null) frame = frame.Replace("</body>", extra + "</body>", StringComparison.Ordinal);
                        assembled = Assemble(frame, body, whole);
                        text = assembled ? null : AssembleAsText(frame, Render(templates, doc.Layout!, tc, globals, model));
                    }
                    tc.PopGlobal();
                    if (assembled && cache is null && whole.Written.Length >= LargePageBytes)
                    {
                        // A large page (a list of 200 rows) goes to the writer in a pooled array, not a
                        // large-object-heap copy that only a full collection would free.
                        var length = whole.Written.Length;
                        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
                        whole.Written.CopyTo(rented);
                        doc.Links = ReadAndCheck(context, linkReader, doc.Path, rented.AsSpan(0, length));
                        WriteFilesModule.WriteNowRented(context, doc, rented, length);
                    }
                    else
                    {
                        doc.Content = text ?? whole.ToArray();
                        doc.Links = ReadAndCheck(context, linkReader, doc.Path, doc.Content);
                        cached?.Rendered(doc.Content);
                        if (cache?.TryKeep(doc) != true) WriteFilesModule.WriteNow(context, doc);
                        else doc.Content = null;
                    }
                    Report();
                    return tc;
                }
                catch (ScriptRuntimeException ex)
                {
                    context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "ZG0503", ex.Span.FileName ?? $"theme/layouts/{doc.Layout}.sbn",
                        ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, $"rendering {doc.Path}: {ex.OriginalMessage}",
                        "check the name used near this line: a variable its view model does not have (see the view model types in src/Zhenggai/Render/Views) or a partial missing from theme/layouts/partials/"));
                    Report();
                    // A failed render can leave the context's stacks half unwound; the next page gets a fresh one.
                    return NewContext(shared);
                }
            },
            idle.Add);

        void Report()
        {
            var done = Interlocked.Increment(ref rendered);
            if (done % every != 0 && done != pages.Count) return;
            context.Progress?.Invoke(new BuildProgress(BuildPhase.Render, done, pages.Count));
            // A long render phase promotes page-lifetime garbage (and the search index's, beside it) into the old generation.
            HeapTrim.IfGrown();
        }
    }

    /// <summary>
    /// The page's links, and for a finding page the check of its official text, while its bytes are at
    /// hand. One scan gives both when it can: the link reading copies out the page's text as it goes
    /// (a finding page was crossed twice, a fifth of the link reading's time); when it cannot (a page
    /// outside the fast scanner's subset, raw text with a '&lt;' in it), the text is made from the bytes as before.
    /// </summary>
    private static Check.PageLinks ReadAndCheck(BuildContext context, PageLinkReader linkReader, string path, ReadOnlySpan<byte> page)
    {
        if (!OfficialTextCheck.ChecksPage(context, path)) return linkReader.Read(page);
        var text = System.Buffers.ArrayPool<byte>.Shared.Rent(page.Length);
        try
        {
            var links = linkReader.Read(page, text, out var textLength);
            if (textLength >= 0) OfficialTextCheck.CheckRenderedText(context, path, text.AsSpan(0, textLength));
            else OfficialTextCheck.CheckRendered(context, path, page);
            return links;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(text);
        }
    }

    private static HtmlTemplateContext NewContext(ScriptObject shared)
    {
        var tc = new HtmlTemplateContext();
        tc.PushGlobal(shared);
        return tc;
    }

    /// <summary>
    /// Template control lines leave empty lines behind; dropping them keeps pages small and
    /// readable. Safe because official text never spans lines inside one element.
    /// </summary>
    public static string DropBlankLines(string html)
    {
        // Spans rather than Split: a page is hundreds of lines, and a string per line was a
        // large share of the render loop's allocation. Same whitespace rules as before.
        var sb = new StringBuilder(html.Length);
        var rest = html.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd();
            if (!line.IsEmpty) sb.Append(line).Append('\n');
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        return sb.ToString();
    }

    /// <summary>Pages this large would be large-object-heap arrays (85,000 bytes and up).</summary>
    private const int LargePageBytes = 85_000;

    // Stands for the page's content while base.sbn renders; control characters never come from a record.
    internal const string ContentPlaceholder = "\u0001zhenggai:content\u0001";

    /// <summary>
    /// Writes the page's bytes into <paramref name="page"/>: the base layout's lines before the content, the content as its layout
    /// wrote it, then the rest. False when base.sbn does not put the content on a line of its own
    /// (a theme may write <c>&lt;main&gt;{{ model.content }}</c>): then joining lines around the
    /// content would not give what <see cref="DropBlankLines"/> gives for the whole page.
    /// </summary>
    private static bool Assemble(string frame, PageOutput body, PageOutput page)
    {
        var at = frame.IndexOf(ContentPlaceholder, StringComparison.Ordinal);
        if (at < 0 || frame.LastIndexOf(ContentPlaceholder, StringComparison.Ordinal) != at) return false;
        if (at > 0 && frame[at - 1] != '\n') return false;
        var after = at + ContentPlaceholder.Length;
        var lineEnd = frame.IndexOf('\n', after);
        if (!frame.AsSpan(after, (lineEnd < 0 ? frame.Length : lineEnd) - after).IsWhiteSpace()) return false;
        page.Reset();
        page.Write(frame, 0, at);
        page.WriteLines(body.Written);
        page.Write(frame, after, frame.Length - after);
        page.Finish();
        return true;
    }

    private static byte[] AssembleAsText(string frame, string body) =>
        Encoding.UTF8.GetBytes(DropBlankLines(frame.Replace(ContentPlaceholder, body, StringComparison.Ordinal)));

    // In name order (ordinal). A loop, not a LINQ pipeline with its sort: it runs for every page and
    // most pages have no meta tags or a few.
    private static IReadOnlyList<MetaTag> Meta(SiteDocument doc)
    {
        List<MetaTag>? tags = null;
        foreach (var (key, value) in doc.Metadata)
            if (key.StartsWith("meta:", StringComparison.Ordinal) && value.Length > 0)
                (tags ??= []).Add(new MetaTag(key[5..], value));
        if (tags is null) return [];
        if (tags.Count > 1) tags.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return tags;
    }

    private static Func<string, string> Url(SiteDocument doc, LinkResolver links, string linkRoot) =>
        // 404.html is served at any depth, so its links start at LinkRoot instead of being relative.
        doc.Kind == "404"
            ? target => linkRoot + links.Relative("404.html", target).TrimStart('.', '/')
            : links.From(doc.Path);

    private static void RenderInto(IScriptOutput output, ThemeTemplates templates, string layout, HtmlTemplateContext tc, ScriptObject globals, object? model)
    {
        tc.PushOutput(output);
        try
        {
            Render(templates, layout, tc, globals, model);
        }
        finally
        {
            tc.PopOutput();
        }
    }

    private static string Render(ThemeTemplates templates, string layout, HtmlTemplateContext tc, ScriptObject globals, object? model)
    {
        if (!templates.Has(layout))
            throw new ScriptRuntimeException(new Scriban.Parsing.SourceSpan($"theme/layouts/{layout}.sbn", default, default), $"layout `{layout}` not found");
        globals["model"] = model;
        return templates.Get(layout).Render(tc);
    }
}
