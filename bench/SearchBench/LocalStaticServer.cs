using System.Net;
using System.Net.Sockets;

namespace SearchBench;

/// <summary>
/// A plain static host on 127.0.0.1 for the browser measurement: files as they are, no compression,
/// no caching headers, 404 for anything else. Loopback makes transfer time negligible, so what the
/// browser measures is the client's own work: parsing, decoding, proving, ranking and rendering.
/// </summary>
internal sealed class LocalStaticServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly string root;
    private readonly Task loop;

    private LocalStaticServer(HttpListener listener, string root, int port)
    {
        this.listener = listener;
        this.root = root;
        BaseUrl = $"http://127.0.0.1:{port}/";
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public static LocalStaticServer Start(string folder)
    {
        var root = Path.GetFullPath(folder);
        for (var attempt = 1; ; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LocalStaticServer(listener, root, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
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
            var relative = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/").TrimStart('/');
            var target = Path.GetFullPath(Path.Combine(root, relative));
            if (Directory.Exists(target)) target = Path.Combine(target, "index.html");
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target))
            {
                response.StatusCode = 404;
                return;
            }
            var body = File.ReadAllBytes(target);
            response.ContentType = Path.GetExtension(target) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".json" => "application/json; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
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

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
