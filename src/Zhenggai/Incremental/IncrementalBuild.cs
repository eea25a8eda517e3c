using System.Collections.Concurrent;
using Zhenggai.Check;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render;

namespace Zhenggai.Incremental;

/// <summary>
/// The cache's view of one build (<see cref="BuildContext.Cache"/>). Modules ask it whether
/// work can be skipped; it answers yes only when the result is certain to be the same bytes:
/// <list type="bullet">
/// <item>a record file whose content is unchanged is not parsed again;</item>
/// <item>a page whose render key (view model, page data, settings, and the text of every
/// template it used) matches the last build, and whose published file is still on disk as it
/// was written, is not rendered: the published file is kept;</item>
/// <item>any file whose bytes equal the published file's is not written: it is kept;</item>
/// <item>the link check reuses each page's parsed links by content hash, and skips pages whose
/// bytes did not change while no path and no page's ids changed.</item>
/// </list>
/// The output is then updated in place: new and changed files move in from the staging
/// folder, files no longer made are deleted, kept files are not touched.
/// </summary>
public sealed class IncrementalBuild
{
    private readonly BuildCache _cache;
    private readonly string? _ignored;
    private readonly CacheState _previous;
    private readonly HashSet<string>? _changedInputs;
    private readonly IReadOnlyCollection<string> _onDisk;
    private readonly Dictionary<string, PublishedFile> _verified;

    private readonly ConcurrentDictionary<string, PublishedFile> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Hash256> _contentSha = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Bytes, Hash256 Sha)> _content = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, (byte[] Bytes, Hash256 Sha)> _lastContent;
    private readonly bool _keepContent;
    private (IReadOnlyDictionary<string, string> Hashes, string Exclude, Dictionary<string, PublishedFile> Staged)? _lastOutputHashes;
    private readonly ConcurrentDictionary<string, RenderEntry> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Hash256, PageLinks> _links = new();
    private readonly ConcurrentDictionary<string, PublishedFile> _staged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recordFiles = new(StringComparer.Ordinal);
    private Hash256? _linkEnvironment;
    private int _recordsParsed, _recordsReused, _pagesReused, _filesKept, _linkChecked, _linkSkipped;

    internal IncrementalBuild(BuildCache cache, CacheState previous, string outputFolder, string stagingFolder, HashSet<string>? changedInputs, bool trustOutput)
    {
        _cache = cache;
        _ignored = cache.Ignored;
        _lastContent = cache.LastContent;
        _keepContent = cache.KeepsContent;
        _previous = previous;
        _changedInputs = changedInputs;
        OutputFolder = outputFolder;
        StagingFolder = stagingFolder;
        if (trustOutput && previous.OutputFolder == outputFolder && Directory.Exists(outputFolder))
        {
            // The published state is never changed after it is made, so it can be shared.
            _onDisk = previous.Published.Keys;
            _verified = previous.Published;
            return;
        }
        var scan = OutputScan.Scan(outputFolder);
        _onDisk = scan.Keys;
        _verified = new Dictionary<string, PublishedFile>(StringComparer.Ordinal);
        if (previous.OutputFolder == outputFolder)
        {
            foreach (var (path, entry) in scan)
                if (previous.Published.TryGetValue(path, out var file) && file.Matches(entry.Length, entry.ModifiedTicks))
                    _verified[path] = file;
        }
    }

    public string OutputFolder { get; }

    public string StagingFolder { get; }

    /// <summary>Whether the output is updated file by file (some published files are kept) rather than replaced.</summary>
    public bool IsDelta => !_kept.IsEmpty;

    // ---- Read ----

    /// <summary>A record file's parsed record; parsed again only when its bytes changed.</summary>
    public FindingRecord ReadRecord(string fullPath, string displayPath)
    {
        var record = _cache.ReadRecord(fullPath, displayPath, _changedInputs, out var reused);
        Interlocked.Increment(ref reused ? ref _recordsReused : ref _recordsParsed);
        lock (_recordFiles) _recordFiles.Add(fullPath);
        return record;
    }

    // ---- Render ----

    /// <summary>The render memo for this build's pages, keyed on the site view and settings every page shares.</summary>
    public RenderMemo Renders(ThemeTemplates templates, params object?[] shared) =>
        new(this, templates, shared);

    internal bool TryReusePage(string path, Hash256 inputsKey, Func<IReadOnlyList<string>, Hash256?> templatesKey)
    {
        if (!_previous.Pages.TryGetValue(path, out var entry) || entry.InputsKey != inputsKey) return false;
        if (!_verified.TryGetValue(path, out var published) || published.Sha != entry.Output) return false;
        if (templatesKey(entry.Templates) != entry.TemplatesKey) return false;
        _pages[path] = entry;
        _kept[path] = published;
        _contentSha[path] = published.Sha;
        Interlocked.Increment(ref _pagesReused);
        Interlocked.Increment(ref _filesKept);
        return true;
    }

    internal void PageRendered(string path, RenderEntry? entry, Hash256 sha)
    {
        _contentSha[path] = sha;
        _rendered[path] = 0;
        if (entry is not null) _pages[path] = entry;
    }

    // ---- Write ----

    /// <summary>True when a document need not be written: a reused page, or bytes equal to the published file's.</summary>
    public bool TryKeep(SiteDocument doc)
    {
        if (_kept.ContainsKey(doc.Path)) return true;
        if (doc.Content is null || !_verified.TryGetValue(doc.Path, out var published) || published.Length != doc.Content.Length) return false;
        var sha = ContentSha(doc);
        if (sha != published.Sha) return false;
        _kept[doc.Path] = published;
        Interlocked.Increment(ref _filesKept);
        return true;
    }

    /// <summary>Whether the document's bytes stay in the output as published (it has no content in memory then).</summary>
    public bool IsKept(string path) => _kept.ContainsKey(path);

    /// <summary>
    /// SHA-256 (hex) of every file the output will hold after this build except <paramref name="exclude"/>:
    /// files in the staging folder, hashed from disk whatever wrote them, and the kept published files.
    /// In no particular order; <see cref="Write.Sha256Manifest.Format"/> sorts.
    /// </summary>
    public IReadOnlyDictionary<string, string> HashOutput(string exclude)
    {
        var staged = Staged();
        staged.Remove(exclude);
        // The manifest check asks again right after the manifest module: unless staging changed, the answer is the same.
        if (_lastOutputHashes is { } last && last.Exclude == exclude && last.Staged.Count == staged.Count
            && staged.All(s => last.Staged.TryGetValue(s.Key, out var f) && f == s.Value))
            return last.Hashes;
        var result = new Dictionary<string, string>(staged.Count + _kept.Count, StringComparer.Ordinal);
        foreach (var (path, file) in staged) result[path] = file.Sha.ToHex();
        foreach (var (path, file) in _kept)
            if (path != exclude) result.TryAdd(path, file.Sha.ToHex());
        _lastOutputHashes = (result, exclude, staged);
        return result;
    }

    /// <summary>The staging folder's files; a file hashed before and not changed since (size and time) is not read again.</summary>
    private Dictionary<string, PublishedFile> Staged()
    {
        var scan = OutputScan.Scan(StagingFolder);
        var result = new Dictionary<string, PublishedFile>(StringComparer.Ordinal);
        var toHash = new List<(string Path, OutputScan.Entry Entry)>();
        foreach (var (path, entry) in scan)
        {
            if (_staged.TryGetValue(path, out var known) && known.Matches(entry.Length, entry.ModifiedTicks)) result[path] = known;
            else toHash.Add((path, entry));
        }
        var hashed = new PublishedFile[toHash.Count];
        Parallel.For(0, toHash.Count, i =>
            hashed[i] = new PublishedFile(Hash256.OfFile(Path.Combine(StagingFolder, toHash[i].Path)), toHash[i].Entry.Length, toHash[i].Entry.ModifiedTicks));
        for (var i = 0; i < toHash.Count; i++)
        {
            result[toHash[i].Path] = hashed[i];
            _staged[toHash[i].Path] = hashed[i];
        }
        foreach (var path in _staged.Keys.Where(p => !scan.ContainsKey(p)).ToList()) _staged.TryRemove(path, out _);
        return result;
    }

    // ---- Check ----

    /// <summary>The ids and links of an HTML page, parsed by <paramref name="read"/> only for bytes not seen before.</summary>
    public PageLinks LinksOf(SiteDocument doc, Func<byte[], PageLinks> read)
    {
        // Read while rendering: remember them under the bytes they were read from.
        if (doc.Links is { } own)
        {
            if (_contentSha.TryGetValue(doc.Path, out var rendered)) _links[rendered] = own;
            return own;
        }
        if (_kept.TryGetValue(doc.Path, out var kept) && doc.Content is null)
        {
            if (_previous.Links.TryGetValue(kept.Sha, out var known) || _links.TryGetValue(kept.Sha, out known))
                return _links[kept.Sha] = known;
            // The file was verified unchanged on disk; read it back rather than render it again.
            return _links[kept.Sha] = read(File.ReadAllBytes(Path.Combine(OutputFolder, doc.Path)));
        }
        var sha = ContentSha(doc);
        if (_links.TryGetValue(sha, out var data) || _previous.Links.TryGetValue(sha, out data))
            return _links[sha] = data;
        return _links[sha] = read(doc.Content!);
    }

    /// <summary>
    /// Which pages the link check must resolve. <paramref name="environment"/> fingerprints every
    /// path, kind and id of this build (see <see cref="LinkEnvironment"/>); while it equals the
    /// last successful build's, a page with the bytes it was published with resolves exactly
    /// as it did then, that is without errors, and need not be resolved again.
    /// </summary>
    public Func<SiteDocument, bool> LinkCheckScope(Hash256 environment)
    {
        _linkEnvironment = environment;
        var same = _previous.LinkEnvironment == environment;
        return doc =>
        {
            var unchanged = same && _previous.Published.TryGetValue(doc.Path, out var before)
                && _contentSha.TryGetValue(doc.Path, out var now) && before.Sha == now;
            Interlocked.Increment(ref unchanged ? ref _linkSkipped : ref _linkChecked);
            return !unchanged;
        };
    }

    /// <summary>The fingerprint <see cref="LinkCheckScope"/> compares: the link root, every path with its kind, and each page's ids.</summary>
    public static Hash256 LinkEnvironment(string linkRoot, IEnumerable<SiteDocument> documents, Func<string, IReadOnlySet<string>?> linksOf)
    {
        using var hasher = new ContentHasher();
        hasher.AddString(linkRoot);
        foreach (var doc in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            hasher.AddString(doc.Path).AddString(doc.Kind);
            if (linksOf(doc.Path) is { } ids)
            {
                hasher.AddString(string.Join('\n', ids.Order(StringComparer.Ordinal)));
            }
            else hasher.AddString(null);
        }
        return Hash256.From(hasher.Finish());
    }

    /// <summary>The SHA-256 of a document's bytes; equal to the last build's bytes for this path (a plain compare), it is that build's hash.</summary>
    private Hash256 ContentSha(SiteDocument doc) => _contentSha.GetOrAdd(doc.Path, path =>
    {
        var bytes = doc.Content!;
        var sha = _lastContent.TryGetValue(path, out var last) && last.Bytes.AsSpan().SequenceEqual(bytes) ? last.Sha : Hash256.Of(bytes);
        // A one-shot build would only hold every file in memory for nothing (the search index alone is gigabytes at 100,000 findings).
        if (_keepContent) _content[path] = (bytes, sha);
        return sha;
    });

    // ---- Publish ----

    /// <summary>
    /// Readies the staging folder for publishing and returns the published files no longer
    /// produced (in the output folder, neither kept nor replaced from staging). A staged file
    /// equal to its published copy (a module wrote the same bytes again, as the manifest
    /// module does) is dropped from staging and the published copy kept.
    /// </summary>
    internal IReadOnlyList<string> PreparePublish()
    {
        var staged = Staged();
        foreach (var (path, file) in staged)
        {
            if (!_verified.TryGetValue(path, out var published) || published.Sha != file.Sha || published.Length != file.Length) continue;
            File.Delete(Path.Combine(StagingFolder, path));
            _staged.TryRemove(path, out _);
            _kept[path] = published;
            Interlocked.Increment(ref _filesKept);
        }
        return _onDisk.Where(p => !_kept.ContainsKey(p) && !_staged.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>After publishing: the new output becomes what the cache remembers.</summary>
    internal CacheStats Commit(bool delta, int deleted)
    {
        var staged = new Dictionary<string, PublishedFile>(_staged, StringComparer.Ordinal);
        var published = new Dictionary<string, PublishedFile>(_kept, StringComparer.Ordinal);
        foreach (var (path, file) in staged) published[path] = file;
        var shas = published.Values.Select(f => f.Sha).ToHashSet();
        var state = new CacheState
        {
            OutputFolder = OutputFolder,
            Published = published,
            Pages = new ConcurrentDictionary<string, RenderEntry>(_pages.Where(p => published.ContainsKey(p.Key)), StringComparer.Ordinal),
            Links = new ConcurrentDictionary<Hash256, PageLinks>(_links.Where(l => shas.Contains(l.Key))),
            LinkEnvironment = _linkEnvironment,
        };
        _cache.Commit(state, new Dictionary<string, (byte[], Hash256)>(_content, StringComparer.Ordinal));
        lock (_recordFiles) _cache.ForgetRecordsExcept(_recordFiles);
        return Stats(delta, staged.Count, deleted);
    }

    internal CacheStats Stats(bool delta, int written, int deleted) => new()
    {
        Ignored = _ignored,
        RecordsParsed = _recordsParsed,
        RecordsReused = _recordsReused,
        PagesRendered = _rendered.Count,
        PagesReused = _pagesReused,
        FilesWritten = written,
        FilesKept = _filesKept,
        FilesDeleted = deleted,
        LinkPagesChecked = _linkChecked,
        LinkPagesSkipped = _linkSkipped,
        Delta = delta,
        Rendered = _rendered.Keys.Order(StringComparer.Ordinal).ToList(),
    };
}
