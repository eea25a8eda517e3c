using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhenggai.Cli.Commands;
using Zhenggai.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Incremental;
using Zhenggai.Settings;

namespace Zhenggai.Cli.Preview;

/// <summary>
/// <c>zhenggai preview</c>: builds the site, serves the output folder on 127.0.0.1 with ASP.NET
/// Core's static files, watches the inputs and rebuilds (incrementally, with a cache kept in
/// memory) when they change, then tells the open pages to reload. A failed rebuild prints its
/// diagnostics, shows them over the open pages and leaves the last good output served.
/// When a file in seeds/ changes, that document is imported first (as `zhenggai import FILE`
/// would: official text updated, hand edits kept), then the site is rebuilt.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Quiet time after the last change before a rebuild starts: one save often makes several events.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    private readonly PreviewOptions _options;
    private readonly string _siteRoot;
    private readonly string _output;
    private readonly BuildCache? _cache;
    private readonly ReloadEvents _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private SiteWatcher? _watcher;
    private WebApplication? _app;
    private Task? _loop;
    private volatile string _mount = "/";
    // The last good build, against which an edited record's page is rendered ahead of the full rebuild.
    private Zhenggai.Pipeline.BuildContext? _last;
    private string _tag = "";

    private PreviewServer(PreviewOptions options)
    {
        _options = options;
        _siteRoot = Path.GetFullPath(options.SiteRoot);
        _output = Path.GetFullPath(options.OutputFolder ?? Path.Combine(_siteRoot, "output"));
        _cache = options.NoCache ? null : BuildCache.Open(_siteRoot);
    }

    /// <summary>The address of the site's root, e.g. http://127.0.0.1:5080/.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}{_mount}";

    public int Port { get; private set; }

    public ReloadEvents Events => _events;

    /// <summary>Raised after every rebuild with its outcome (for tests and the benchmark).</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    /// <summary>Builds once, starts serving and watching. A first build that fails still starts the server, which shows the errors.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options)
    {
        var server = new PreviewServer(options);
        // Watch before the first build, so a change made while it runs is rebuilt right after.
        server._watcher = new SiteWatcher(server._siteRoot);
        server._cache?.TrackInputChanges();
        server._cache?.TrustOwnOutput();
        var first = server.Build(importSeeds: []);
        if (first.Error is not null) server._events.Failed(first.Error);
        Directory.CreateDirectory(server._output);
        try
        {
            await server.StartHttp();
        }
        catch
        {
            server._watcher.Dispose();
            throw;
        }
        server._loop = Task.Run(server.WatchLoop);
        return server;
    }

    /// <summary>Runs until <paramref name="cancel"/> fires (Ctrl+C).</summary>
    public async Task WaitAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task StartHttp()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _siteRoot, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        var app = builder.Build();
        var files = new PhysicalFileProvider(_output);
        var types = ContentTypes();

        app.Use(async (http, next) =>
        {
            var mount = _mount;
            var path = http.Request.Path.Value ?? "/";
            if (mount != "/")
            {
                if (path == "/" || path == mount.TrimEnd('/'))
                {
                    http.Response.Redirect(mount);
                    return;
                }
                if (!path.StartsWith(mount, StringComparison.Ordinal))
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                http.Request.PathBase = mount.TrimEnd('/');
                http.Request.Path = path[(mount.Length - 1)..];
            }
            // Preview shows the newest build at once: the browser must ask again every time (it may still revalidate).
            http.Response.Headers.CacheControl = "no-cache";
            if (http.Request.Path == "/" + PreviewScript.EventsPath)
            {
                await _events.Serve(http, _stop.Token);
                return;
            }
            await next(http);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async http =>
        {
            // Like a real host: the site's own 404 page, with status 404.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.SendFileAsync(notFound);
            }
            else if (_events.Failure is { } failure)
            {
                // Nothing was ever built: say why, instead of an empty page.
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(failure);
            }
        });
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new DiagnosticException(Diagnostic.Error("ZG0901", "(preview)", 1, $"cannot listen on 127.0.0.1:{_options.Port}: {ex.Message}",
                "another program (or another preview) uses this port; choose another with --port"));
        }
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
    }

    /// <summary>The types a static host should send; .sha256 manifests and robots.txt are UTF-8 text.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".sha256"] = "text/plain; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        return types;
    }

    private async Task WatchLoop()
    {
        var reader = _watcher!.Changes;
        var token = _stop.Token;
        try
        {
            while (await reader.WaitToReadAsync(token))
            {
                var clock = Stopwatch.StartNew();
                var seeds = new SortedSet<string>(StringComparer.Ordinal);
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                var overflow = false;
                // Collect until the inputs have been quiet for Debounce.
                while (true)
                {
                    while (reader.TryRead(out var change))
                    {
                        Note(change, seeds);
                        overflow |= change.Overflow;
                        if (!change.Overflow) changed.Add(change.Path);
                    }
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
                    quiet.CancelAfter(Debounce);
                    try
                    {
                        if (!await reader.WaitToReadAsync(quiet.Token)) return;
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        break;
                    }
                }
                var early = overflow || seeds.Count > 0 ? [] : PagesFirst(changed);
                var outcome = Build(seeds.Where(File.Exists).ToList(), clock);
                // The output must stay the last good build: a page shown early goes back as it was.
                if (outcome.Error is not null)
                    foreach (var (path, before) in early) Replace(path, before);
                if (outcome.Error is null) _events.Reload();
                else _events.Failed(outcome.Error);
                Rebuilt?.Invoke(outcome);
                if (outcome.Error is null) _ = SaveCacheAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// When every change is an edit of a record file, renders those records' pages alone
    /// (<see cref="FindingPageRefresh"/>), publishes them and tells their open pages; returns the
    /// bytes they replaced. The full rebuild then follows and writes the same page bytes again.
    /// </summary>
    private List<(string Path, byte[]? Before)> PagesFirst(IReadOnlyCollection<string> changed)
    {
        var done = new List<(string, byte[]?)>();
        var findings = Path.Combine(_siteRoot, "input", "findings") + Path.DirectorySeparatorChar;
        if (_last is not { } last || changed.Count == 0
            || changed.Any(p => !p.StartsWith(findings, StringComparison.Ordinal) || !p.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(p)))
            return done;
        var tag = _tag;
        foreach (var file in changed)
        {
            try
            {
                if (FindingPageRefresh.Render(last, file, doc => doc.IsHtml ? tag : null) is not { } page) continue;
                var target = Path.Combine(_output, page.Path);
                var before = File.Exists(target) ? File.ReadAllBytes(target) : null;
                Replace(page.Path, page.Content);
                done.Add((page.Path, before));
                _events.Page(page.Path[..^"index.html".Length]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The full rebuild comes next anyway.
            }
        }
        return done;
    }

    /// <summary>Replaces one output file in one rename, so the server never sends half a page; null deletes it.</summary>
    private void Replace(string sitePath, byte[]? content)
    {
        var target = Path.Combine(_output, sitePath);
        if (content is null)
        {
            File.Delete(target);
            return;
        }
        var temp = target + ".preview-tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, target, overwrite: true);
    }

    private void Note(SiteWatcher.Change change, SortedSet<string> seeds)
    {
        if (change.Overflow)
        {
            _cache?.AllInputsChanged();
            return;
        }
        _cache?.InputChanged(change.Path);
        if (_watcher!.IsSeed(change.Path)) seeds.Add(change.Path);
    }

    private RebuildOutcome Build(IReadOnlyList<string> importSeeds, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        try
        {
            string? imported = null;
            if (importSeeds.Count > 0)
            {
                var report = SeedImporter.Run(_siteRoot, SettingsLoader.Load(_siteRoot), importSeeds);
                imported = report.Summary;
                Print(report.Warnings);
                foreach (var path in importSeeds) _cache?.InputChanged(path);
                // The importer rewrote records; their events may still be on the way.
                _cache?.AllInputsChanged();
            }
            var linkRoot = Mount.Normalize(SettingsLoader.Load(_siteRoot).LinkRoot);
            var tag = PreviewScript.Tag(linkRoot);
            var result = SiteBuilder.Build(new BuildOptions
            {
                SiteRoot = _siteRoot,
                OutputFolder = _output,
                NoCache = _cache is null,
                Cache = _cache,
                BodyEndHtml = doc => doc.IsHtml ? tag : null,
                Customize = pipeline => pipeline.Add(new PreviewScript.Module()),
            });
            _mount = linkRoot;
            _tag = tag;
            _last = result.Context;
            Print(result.Warnings);
            var line = $"{Time()} built {result.Pages} pages in {clock.ElapsedMilliseconds} ms"
                + (result.Cache is { } c ? $" (rendered {c.PagesRendered}, wrote {c.FilesWritten}, deleted {c.FilesDeleted})" : "")
                + (imported is null ? "" : $"; imported: {imported}");
            if (!_options.Quiet) Console.WriteLine(line);
            return new RebuildOutcome(result, null, clock.Elapsed);
        }
        catch (DiagnosticException ex)
        {
            Print(ex.Diagnostics);
            var errors = ex.Diagnostics.Where(d => d.IsError).ToList();
            Console.Error.WriteLine($"{Time()} build failed: {errors.Count} error(s); still serving the last good output");
            var text = $"zhenggai preview: the build failed ({errors.Count} error(s)); this page shows the last good build.\n"
                + string.Join('\n', ex.Diagnostics.Select(d => d.ToString()));
            return new RebuildOutcome(null, text, clock.Elapsed);
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException ? ex : FileSystemFailure.Find(ex)) is { } io)
        {
            // Usually a file read while an editor was still writing it (or a full disk); the next change event rebuilds.
            _cache?.AllInputsChanged();
            Console.Error.WriteLine($"{Time()} build failed: {io.Message}");
            return new RebuildOutcome(null, "zhenggai preview: the build failed.\n" + io.Message, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not end the preview: say so, keep serving, and try again on the next change.
            _cache?.AllInputsChanged();
            Console.Error.WriteLine($"{Time()} internal error (a bug in zhenggai, not in your files): {ex}");
            return new RebuildOutcome(null, "zhenggai preview: internal error (a bug in zhenggai, not in your files).\n" + ex.Message, clock.Elapsed);
        }
    }

    private static string Time() => DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Console.Error.WriteLine(d.ToString());
    }

    private async Task SaveCacheAsync()
    {
        if (_cache is null || !await _saving.WaitAsync(0)) return;
        try
        {
            await Task.Run(() =>
            {
                if (_cache.Save() is { } problem) Console.Error.WriteLine(problem);
            });
        }
        finally
        {
            _saving.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        if (_loop is not null) await _loop;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await _saving.WaitAsync();
        if (_cache?.Save() is { } problem) Console.Error.WriteLine(problem);
        _saving.Release();
        _stop.Dispose();
    }
}
