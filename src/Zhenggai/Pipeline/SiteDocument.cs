using Zhenggai.Check;
using Zhenggai.Render.Views;

namespace Zhenggai.Pipeline;

/// <summary>
/// One output file on its way through the pipeline. Process modules create it with a view
/// model and a layout; the render phase fills <see cref="Content"/>; write puts it on disk.
/// Static files arrive with content already set and no layout. Pages rendered from a layout
/// are written as soon as they are rendered and their bytes released (<see cref="IsWritten"/>),
/// so a large site never sits in memory whole; read such a page back from the output folder.
/// </summary>
public sealed class SiteDocument
{
    public SiteDocument(string path, string kind)
    {
        Path = path;
        Kind = kind;
    }

    /// <summary>Output path relative to the site root, forward slashes, e.g. <c>findings/25/index.html</c>.</summary>
    public string Path { get; }

    /// <summary>What made it: finding, theme, home, asset, data … Checks and tests select by it.</summary>
    public string Kind { get; }

    /// <summary>The Scriban layout to render with (theme/layouts/NAME.sbn), or null for ready content.</summary>
    public string? Layout { get; init; }

    private readonly object? _model;
    private readonly Func<object?>? _modelFactory;

    /// <summary>
    /// The view model the layout receives (made for that template, never a domain object).
    /// With <see cref="ModelFactory"/> set it is built anew on every read and not kept.
    /// </summary>
    public object? Model
    {
        get => _model ?? _modelFactory?.Invoke();
        init => _model = value;
    }

    /// <summary>
    /// Builds the view model when the page is rendered instead of when the document is made, so
    /// the process phase does not hold a model for every page until the render phase (at 100,000
    /// findings, gigabytes). It must give an equal model on every call: it may be called more
    /// than once (the build cache reads the model to key the page, then the render reads it).
    /// </summary>
    public Func<object?>? ModelFactory
    {
        get => _modelFactory;
        init => _modelFactory = value;
    }

    /// <summary>Page title for the base layout's &lt;title&gt;.</summary>
    public string? Title { get; init; }

    /// <summary>Short description for meta description; null uses the site description.</summary>
    public string? Description { get; init; }

    /// <summary>Where the page sits, from the home page down; the last step is the page itself.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    private Dictionary<string, string>? _metadata;

    /// <summary>Extra per-page metadata other modules may read (e.g. government meta tags, dates).</summary>
    // Made on first use: most documents (search index files, data files) never have any, and a large site has hundreds of thousands.
    public Dictionary<string, string> Metadata =>
        _metadata ?? LazyInitializer.EnsureInitialized(ref _metadata, () => new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Bytes to write. Set by the render phase for pages, at creation for static files; null again once a rendered page is written.</summary>
    public byte[]? Content { get; set; }

    /// <summary>True once the bytes are in the build's output folder.</summary>
    public bool IsWritten { get; set; }

    /// <summary>The page's ids and links, read once for the link check while its HTML was at hand; null again after the check.</summary>
    public PageLinks? Links { get; set; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
