using System.Threading.Channels;

namespace Zhenggai.Cli.Preview;

/// <summary>
/// Watches what a build reads: input/, theme/ and seeds/ (with their subfolders) and
/// statiq.json, and reports each change as a path. The site root itself is watched without
/// subfolders, only to notice statiq.json and these folders appearing or disappearing, so
/// output/ and the cache (thousands of folders on a large site) never cost a watch. When the
/// system drops events (its buffer overflowed) the watcher says so and the next build re-reads
/// every input.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly IReadOnlyList<string> Folders = ["input", "theme", "seeds"];
    public const string SettingsFile = "statiq.json";

    private readonly string _root;
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>();
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>One reported change: a full path, or <see cref="Overflow"/> when events were lost.</summary>
    public readonly record struct Change(string Path, bool Overflow);

    public SiteWatcher(string siteRoot)
    {
        _root = Path.GetFullPath(siteRoot);
        _rootWatcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _rootWatcher.Changed += (_, e) => OnRoot(e.FullPath);
        _rootWatcher.Created += (_, e) => OnRoot(e.FullPath);
        _rootWatcher.Deleted += (_, e) => OnRoot(e.FullPath);
        _rootWatcher.Renamed += (_, e) =>
        {
            OnRoot(e.OldFullPath);
            OnRoot(e.FullPath);
        };
        _rootWatcher.Error += (_, _) => Lost();
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders) WatchFolder(folder);
    }

    public ChannelReader<Change> Changes => _changes.Reader;

    /// <summary>True when a path belongs to seeds/: a change there means an import before the build.</summary>
    public bool IsSeed(string fullPath) => IsUnder(fullPath, Path.Combine(_root, "seeds"));

    private void OnRoot(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (name == SettingsFile)
        {
            Post(fullPath);
            return;
        }
        if (!Folders.Contains(name)) return;
        // A watched folder was created, deleted or renamed: watch it afresh and rebuild from everything.
        WatchFolder(name);
        Lost();
    }

    private void WatchFolder(string name)
    {
        lock (_gate)
        {
            if (_folders.Remove(name, out var old)) old.Dispose();
            var path = Path.Combine(_root, name);
            if (!Directory.Exists(path)) return;
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Post(e.OldFullPath);
                Post(e.FullPath);
            };
            watcher.Error += (_, _) => Lost();
            watcher.EnableRaisingEvents = true;
            _folders[name] = watcher;
        }
    }

    private void Post(string fullPath)
    {
        // Editors' swap and backup files are not inputs; a folder's own event says nothing its files do not.
        var name = Path.GetFileName(fullPath);
        if (name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".swx", StringComparison.Ordinal) || name == "4913")
            return;
        // The build itself appends new addresses to the ledger, through a temporary file beside it;
        // rebuilding for either would only loop (and sent open pages a second reload after each
        // build that added addresses). A hand edit of the ledger is read by the next rebuild.
        if (fullPath == Path.Combine(_root, Zhenggai.Write.PublishedUrlLedger.FileName)
            || fullPath == Path.Combine(_root, Zhenggai.Write.PublishedUrlLedger.TempFileName)) return;
        _changes.Writer.TryWrite(new Change(fullPath, Overflow: false));
    }

    private void Lost() => _changes.Writer.TryWrite(new Change(_root, Overflow: true));

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == folder;

    public void Dispose()
    {
        _rootWatcher.Dispose();
        lock (_gate)
        {
            foreach (var w in _folders.Values) w.Dispose();
            _folders.Clear();
        }
        _changes.Writer.TryComplete();
    }
}
