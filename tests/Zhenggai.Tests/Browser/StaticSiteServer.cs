using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// Serves a folder over HTTP on 127.0.0.1 the way a plain static host does: index.html for a
/// folder, a redirect from a folder address without its trailing slash, the site's own 404.html
/// (with status 404) for a miss. The site can be mounted under a sub-path such as /sub/path/ to
/// prove it works when a webmaster does not own the host's root; anything outside the mount is 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener listener;
    private readonly string root;
    private readonly string mountPath;
    private readonly Task loop;
    private readonly ConcurrentQueue<string> misses = new();

    private StaticSiteServer(HttpListener listener, string root, string mountPath, int port)
    {
        this.listener = listener;
        this.root = root;
        this.mountPath = mountPath;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}{mountPath}";
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Address of the site's root, always ending in '/', for example http://127.0.0.1:41234/sub/path/.</summary>
    public string BaseUrl { get; }

    /// <summary>Request paths (as sent, with query) that got a 404, so a test can assert no broken links or assets.</summary>
    public IReadOnlyList<string> Misses => misses.ToArray();

    /// <summary>Absolute URL of a path relative to the site root: <c>server.Url("findings/1/")</c>.</summary>
    public string Url(string relativePath = "") => BaseUrl + relativePath.TrimStart('/');

    /// <param name="folder">The built site to serve.</param>
    /// <param name="mountPath">Where the site's root appears, "/" or e.g. "/sub/path/".</param>
    public static StaticSiteServer Start(string folder, string mountPath = "/")
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Nothing to serve: {root} does not exist.");
        }

        var mount = "/" + mountPath.Trim('/');
        mount = mount == "/" ? "/" : mount + "/";

        // Asking the OS for a free port and then binding it races with other processes, so retry.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(listener, root, mount, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var rawPath = context.Request.Url?.AbsolutePath ?? "/";
            var path = Uri.UnescapeDataString(rawPath);

            // "/sub/path" without the slash is the site root, like any folder without its slash.
            if (path + "/" == mountPath)
            {
                Redirect(response, mountPath);
                return;
            }

            if (!path.StartsWith(mountPath, StringComparison.Ordinal))
            {
                NotFound(context);
                return;
            }

            var relative = path[mountPath.Length..];
            var target = Path.GetFullPath(Path.Combine(root, relative));
            if (target != root && !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                NotFound(context);
                return;
            }

            if (Directory.Exists(target))
            {
                // Relative links in index.html only resolve right from the folder's slash address.
                if (!path.EndsWith('/'))
                {
                    Redirect(response, rawPath + "/");
                    return;
                }

                target = Path.Combine(target, "index.html");
            }

            if (!File.Exists(target))
            {
                NotFound(context);
                return;
            }

            Send(response, 200, File.ReadAllBytes(target), ContentTypeOf(target), context.Request.HttpMethod == "HEAD");
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (e.g. a navigation cancelled a stylesheet load).
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    public static string ContentTypeOf(string fileName) =>
        ContentTypes.TryGetValue(Path.GetExtension(fileName), out var type) ? type : "application/octet-stream";

    private void NotFound(HttpListenerContext context)
    {
        misses.Enqueue(context.Request.Url?.PathAndQuery ?? "?");
        var sitePage = Path.Combine(root, "404.html");
        var body = File.Exists(sitePage)
            ? File.ReadAllBytes(sitePage)
            : Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>404 Not Found</title></head>" +
                "<body><main><h1>404 Not Found</h1></main></body></html>");
        Send(context.Response, 404, body, ContentTypes[".html"], context.Request.HttpMethod == "HEAD");
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 301;
        response.RedirectLocation = location;
        response.ContentLength64 = 0;
    }

    private static void Send(HttpListenerResponse response, int status, byte[] body, string contentType, bool headOnly)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!headOnly)
        {
            response.OutputStream.Write(body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
