using System.Collections.Concurrent;
using Zhenggai.Records;

namespace Zhenggai.Incremental;

/// <summary>
/// The build cache of one site, in <c>.zhenggai-cache/</c> at the site root (ignored by git).
/// It remembers, from the last successful build, how each page was rendered (a key of its view
/// model, page data and site settings, and of the templates it used), what each published file
/// holds, and the links of each page; a build reuses whatever still matches and redoes the rest.
/// <para>
/// One instance lives as long as its owner: a <c>build</c> command opens it, builds once and
/// saves it; <c>preview</c> keeps it across rebuilds and also keeps parsed records in memory,
/// re-reading only the files its watcher reports changed.
/// </para>
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".zhenggai-cache";

    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, (Hash256 Sha, FindingRecord Record)> _records = new(StringComparer.Ordinal);
    private HashSet<string> _changedInputs = new(StringComparer.Ordinal);
    private bool _allInputsChanged = true;
    private bool _trackInputs;
    private bool _trustOwnOutput;
    private bool _publishedHere;

    // Kept only by a long-lived owner (preview): the bytes of the last published build's documents
    // that came with content, so the next build compares bytes instead of hashing them.
    private IReadOnlyDictionary<string, (byte[] Bytes, Hash256 Sha)> _lastContent = new Dictionary<string, (byte[], Hash256)>();

    private BuildCache(string siteRoot, CacheState state, string? ignored)
    {
        SiteRoot = siteRoot;
        Folder = Path.Combine(siteRoot, FolderName);
        State = state;
        Ignored = ignored;
    }

    public string SiteRoot { get; }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, CacheFile.FileName);

    /// <summary>Why the file on disk was not used when the cache was opened, or null.</summary>
    public string? Ignored { get; private set; }

    internal CacheState State { get; private set; }

    /// <summary>Loads the site's cache; a missing, damaged or foreign file gives an empty cache (see <see cref="Ignored"/>).</summary>
    public static BuildCache Open(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        var state = CacheFile.Read(Path.Combine(root, FolderName, CacheFile.FileName), out var reason);
        return new BuildCache(root, state ?? new CacheState(), reason);
    }

    /// <summary>An empty cache that has not read the disk (its first build renders everything).</summary>
    public static BuildCache Empty(string siteRoot) => new(Path.GetFullPath(siteRoot), new CacheState(), null);

    /// <summary>Writes the cache to disk. A cache that cannot be written is only a slower next build, so failures are returned, not thrown.</summary>
    public string? Save()
    {
        CacheState state;
        lock (_gate) state = State;
        try
        {
            CacheFile.Write(FilePath, state);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the build cache could not be saved ({ex.Message}); the next build will do more work";
        }
    }

    /// <summary>
    /// From now on, trust that an input file not reported through <see cref="InputChanged"/>
    /// is unchanged since it was last read (for a caller that watches the files, as preview does).
    /// </summary>
    public void TrackInputChanges()
    {
        lock (_gate) _trackInputs = true;
    }

    /// <summary>
    /// From now on, after this instance has published once, take the output folder to hold
    /// exactly what it published, without checking each file's size and time (preview: a
    /// process that is the only writer of its output saves a walk over thousands of files per
    /// rebuild). Files changed there by hand meanwhile are noticed by the next `build`.
    /// </summary>
    public void TrustOwnOutput()
    {
        lock (_gate) _trustOwnOutput = true;
    }

    /// <summary>Reports a changed, created, renamed or deleted input file (full path).</summary>
    public void InputChanged(string fullPath)
    {
        lock (_gate) _changedInputs.Add(Path.GetFullPath(fullPath));
    }

    /// <summary>Forgets what is known about every input file (e.g. the watcher lost events).</summary>
    public void AllInputsChanged()
    {
        lock (_gate) _allInputsChanged = true;
    }

    /// <summary>Starts a build: checks the published output against what the cache remembers.</summary>
    internal IncrementalBuild Begin(string outputFolder, string stagingFolder)
    {
        CacheState state;
        HashSet<string>? changed;
        bool trustOutput;
        lock (_gate)
        {
            state = State;
            trustOutput = _trustOwnOutput && _publishedHere;
            changed = _trackInputs && !_allInputsChanged ? _changedInputs : null;
            _changedInputs = new HashSet<string>(StringComparer.Ordinal);
            _allInputsChanged = false;
        }
        return new IncrementalBuild(this, state, Path.GetFullPath(outputFolder), stagingFolder, changed, trustOutput);
    }

    /// <summary>The parsed record for a file, re-read only when it may have changed.</summary>
    internal FindingRecord ReadRecord(string fullPath, string displayPath, HashSet<string>? changedInputs, out bool reused)
    {
        if (changedInputs is not null && !changedInputs.Contains(fullPath)
            && _records.TryGetValue(fullPath, out var known) && known.Record.FilePath == displayPath)
        {
            reused = true;
            return known.Record;
        }
        var bytes = File.ReadAllBytes(fullPath);
        var sha = Hash256.Of(bytes);
        if (_records.TryGetValue(fullPath, out var same) && same.Sha == sha && same.Record.FilePath == displayPath)
        {
            reused = true;
            return same.Record;
        }
        var record = RecordFile.Read(bytes, displayPath);
        _records[fullPath] = (sha, record);
        reused = false;
        return record;
    }

    /// <summary>Whether builds should hand over their documents' bytes (<see cref="Commit"/>): only a long-lived owner keeps them.</summary>
    internal bool KeepsContent
    {
        get { lock (_gate) return _trackInputs; }
    }

    internal IReadOnlyDictionary<string, (byte[] Bytes, Hash256 Sha)> LastContent
    {
        get { lock (_gate) return _lastContent; }
    }

    /// <summary>Called by a build after its output was published: its state becomes the cache's.</summary>
    internal void Commit(CacheState state, IReadOnlyDictionary<string, (byte[] Bytes, Hash256 Sha)> content)
    {
        lock (_gate)
        {
            State = state;
            Ignored = null;
            _publishedHere = true;
            if (_trackInputs) _lastContent = content;
        }
    }

    /// <summary>Drops records of files that no longer exist, so a long preview session does not grow without end.</summary>
    internal void ForgetRecordsExcept(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _records.Keys)
            if (!fullPaths.Contains(path)) _records.TryRemove(path, out _);
    }
}
