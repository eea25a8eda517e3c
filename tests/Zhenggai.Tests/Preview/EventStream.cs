namespace Zhenggai.Tests.Preview;

/// <summary>A client of the preview's Server-Sent Events stream that hands out events one by one.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public readonly record struct Event(string Name, string Data);

    public static async Task<EventStream> Open(HttpClient http, string url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType!.ToString());
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event with one of <paramref name="names"/>, skipping others; fails after <paramref name="timeout"/>.</summary>
    public async Task<Event> Next(TimeSpan timeout, params string[] names)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("the event stream closed");
            if (line.Length == 0)
            {
                if (name is not null && (names.Length == 0 || names.Contains(name))) return new Event(name, string.Join('\n', data));
                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line[6..]);
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
