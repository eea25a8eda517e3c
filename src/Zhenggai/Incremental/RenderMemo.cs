using System.Collections.Concurrent;
using Zhenggai.Pipeline;
using Zhenggai.Render;

namespace Zhenggai.Incremental;

/// <summary>
/// Decides, page by page, whether rendering can be skipped, and records how each rendered page
/// was made. The key of a page covers everything the render reads: the shared values (site
/// view, settings), the document's path, kind, layout, title, description, breadcrumbs,
/// metadata and view model, and any markup appended to it (the preview script); then,
/// separately, the text of every template the render actually used, traced while rendering, so
/// editing a partial re-renders exactly the pages that called it.
/// </summary>
public sealed class RenderMemo
{
    private readonly IncrementalBuild _build;
    private readonly ThemeTemplates _templates;
    private readonly byte[] _shared;
    private readonly ConcurrentDictionary<string, Hash256?> _templateKeys = new(StringComparer.Ordinal);

    internal RenderMemo(IncrementalBuild build, ThemeTemplates templates, object?[] shared)
    {
        _build = build;
        _templates = templates;
        using var hasher = new ContentHasher();
        hasher.AddBytes(ToolVersion.Salt);
        foreach (var value in shared) hasher.Add(value);
        _shared = hasher.Finish();
    }

    /// <summary>Starts one page. When <see cref="Page.Reused"/> is true the page keeps its published bytes and must not be rendered.</summary>
    /// <param name="model">The page's view model, read once by the caller (a finding's is built anew on every read of <see cref="SiteDocument.Model"/>).</param>
    public Page Begin(SiteDocument doc, object? model, string? appended)
    {
        Hash256? key;
        var hasher = ContentHasher.Rent();
        try
        {
            hasher.AddBytes(_shared)
                .AddString(doc.Path).AddString(doc.Kind).AddString(doc.Layout).AddString(doc.Title).AddString(doc.Description)
                .Add(doc.Breadcrumbs)
                .Add(doc.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => new[] { kv.Key, kv.Value }).ToList())
                .Add(model)
                .AddString(appended);
            key = Hash256.From(hasher.Finish());
        }
        catch (NotSupportedException)
        {
            // A model the hasher cannot describe faithfully: render it every time.
            key = null;
        }
        finally
        {
            ContentHasher.Return(hasher);
        }
        if (key is { } k && _build.TryReusePage(doc.Path, k, TemplatesKey)) return new Page(this, doc.Path, null, reused: true);
        ThemeTemplates.StartTrace();
        return new Page(this, doc.Path, key, reused: false);
    }

    /// <summary>The key of the current text of the named templates; null when one of them no longer exists.</summary>
    private Hash256? TemplatesKey(IReadOnlyList<string> names) => _templateKeys.GetOrAdd(string.Join('\n', names), _ =>
    {
        using var hasher = new ContentHasher();
        foreach (var name in names)
        {
            if (!_templates.Has(name)) return null;
            hasher.AddString(name).AddBytes(_templates.SourceHash(name));
        }
        return Hash256.From(hasher.Finish());
    });

    /// <summary>One page being rendered.</summary>
    public sealed class Page
    {
        private readonly RenderMemo _memo;
        private readonly string _path;
        private readonly Hash256? _key;

        internal Page(RenderMemo memo, string path, Hash256? key, bool reused)
        {
            _memo = memo;
            _path = path;
            _key = key;
            Reused = reused;
        }

        public bool Reused { get; }

        /// <summary>Records the rendered bytes, with the templates traced since <see cref="Begin"/>.</summary>
        public void Rendered(byte[] content)
        {
            var used = ThemeTemplates.StopTrace();
            var sha = Hash256.Of(content);
            RenderEntry? entry = null;
            if (_key is { } key && _memo.TemplatesKey(used) is { } templatesKey)
                entry = new RenderEntry(key, used, templatesKey, sha);
            _memo._build.PageRendered(_path, entry, sha);
        }
    }
}
