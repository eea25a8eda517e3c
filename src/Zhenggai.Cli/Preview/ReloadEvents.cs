using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Zhenggai.Cli.Preview;

/// <summary>
/// The Server-Sent Events stream open pages listen to. Each connection gets its own queue;
/// the rebuild loop posts <c>reload</c> after a good build and <c>failed</c> (the errors,
/// one per line) after a bad one. A page that connects while the last build failed gets the
/// errors at once.
/// </summary>
public sealed class ReloadEvents
{
    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _failure;
    private int _build;

    /// <summary>How many pages are listening.</summary>
    public int Clients
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>The errors of the last build when it failed, else null.</summary>
    public string? Failure
    {
        get { lock (_gate) return _failure; }
    }

    public void Reload()
    {
        lock (_gate)
        {
            _failure = null;
            _build++;
            Post(Event("reload", _build.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>One page was rebuilt ahead of the rest of the site: pages showing it reload now, the others at the next <c>reload</c>.</summary>
    public void Page(string sitePath)
    {
        lock (_gate) Post(Event("page", sitePath));
    }

    public void Failed(string text)
    {
        lock (_gate)
        {
            _failure = text;
            Post(Event("failed", text));
        }
    }

    /// <summary>Serves one event-stream request until the page goes away or the server stops.</summary>
    public async Task Serve(HttpContext http, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite("retry: 500\n\n" + Event("hello", _build.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (_failure is not null) channel.Writer.TryWrite(Event("failed", _failure));
            _clients.Add(channel);
        }
        using var both = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            while (true)
            {
                // A comment line every 15 s finds pages that went away without closing the connection.
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(both.Token);
                beat.CancelAfter(TimeSpan.FromSeconds(15));
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(beat.Token);
                }
                catch (OperationCanceledException) when (!both.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }
                await http.Response.WriteAsync(message, Encoding.UTF8, both.Token);
                await http.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    private void Post(string message)
    {
        foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    /// <summary>One event; each line of the data gets its own "data:" field, as the format requires.</summary>
    public static string Event(string name, string data)
    {
        var sb = new StringBuilder();
        sb.Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Replace("\r\n", "\n").Split('\n')) sb.Append("data: ").Append(line).Append('\n');
        return sb.Append('\n').ToString();
    }
}
