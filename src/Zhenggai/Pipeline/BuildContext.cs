using System.Collections.Concurrent;
using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Render;
using Zhenggai.Settings;

namespace Zhenggai.Pipeline;

/// <summary>Everything a module can see: the inputs read so far, every document, and the diagnostics.</summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<string, SiteDocument> _documents = new(StringComparer.Ordinal);

    public BuildContext(string siteRoot, string outputFolder)
    {
        SiteRoot = siteRoot;
        OutputFolder = outputFolder;
    }

    /// <summary>The folder holding statiq.json, input/ and theme/.</summary>
    public string SiteRoot { get; }

    /// <summary>The folder the write phase writes into (a staging folder during a build).</summary>
    public string OutputFolder { get; set; }

    public SiteSettings Settings { get; set; } = new();

    public IReadOnlyList<FindingRecord> Records { get; set; } = [];

    /// <summary>The records while the read phase reads them, for background work that starts before it ends (the search index).</summary>
    public RecordFeed RecordFeed { get; } = new();

    public ThemeTemplates? Templates { get; set; }

    /// <summary>The build cache's view of this build, or null when building without a cache (`--no-cache`, `check`).</summary>
    public Incremental.IncrementalBuild? Cache { get; init; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The one thread that writes files into <see cref="OutputFolder"/>; the pipeline waits for it before each phase.</summary>
    public Write.OutputWriter Writer { get; } = new();

    /// <summary>Work modules started to run beside later phases; the pipeline finishes it in time.</summary>
    public BackgroundWork Background { get; } = new();

    /// <summary>Where progress goes (a progress bar, log lines), or null. Modules may call it from any thread.</summary>
    public Action<BuildProgress>? Progress { get; set; }

    /// <summary>Lines for the user that are not problems (counts, timings).</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>All documents, ordered by path so every consumer sees the same order.</summary>
    public IReadOnlyList<SiteDocument> Documents =>
        _documents.Values.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();

    public int DocumentCount => _documents.Count;

    public bool TryGetDocument(string path, out SiteDocument? document) => _documents.TryGetValue(path, out document);

    /// <summary>
    /// SHA-256 and length of each file as the build wrote it, keyed by path. Without the build cache
    /// the manifest is made from these alone; a file written any other way is not here, so the
    /// manifest check fails the build on it (ManifestModule, Check.ManifestCheck).
    /// </summary>
    public ConcurrentDictionary<string, (long Length, Incremental.Hash256 Sha256)> WrittenHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a document; two modules claiming one path is a bug or a clash in the input, reported as an error.</summary>
    public void Add(SiteDocument document) => TryAdd(document);

    /// <summary>As <see cref="Add"/>; false when the document was refused (and the error reported), so it must not be written.</summary>
    public bool TryAdd(SiteDocument document)
    {
        if (!SafePath.IsSafeRelative(document.Path))
        {
            Diagnostics.Add(Diagnostic.Error("ZG0714", "(build)", 1, $"refusing to write `{document.Path}`: the path leaves the output folder",
                "numbers, slugs and redirect addresses must stay inside the site"));
            return false;
        }
        if (!_documents.TryAdd(document.Path, document))
        {
            Diagnostics.Add(Diagnostic.Error("ZG0715", "(build)", 1, $"two pages want the same address `{document.Path}`",
                "check redirect_from entries and unit slugs for an address that is already a page"));
            return false;
        }
        return true;
    }
}
