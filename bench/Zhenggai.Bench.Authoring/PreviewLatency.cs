using System.Diagnostics;
using System.Globalization;
using Zhenggai.Records;

namespace Zhenggai.Bench.Authoring;

/// <summary>
/// Runs `zhenggai preview` as its own process and times, for several edits, the moment a record
/// file is saved until the rebuilt page comes back over HTTP with the edit in it (the clock
/// stops when the GET returns, after the server's page event: what a writer sees), and until the
/// whole site is rebuilt (the reload event).
/// </summary>
internal static class PreviewLatency
{
    public static async Task Measure(string cli, string site, BenchOptions options, IReadOnlyList<string> sentences, IReadOnlyList<FindingRecord> shapes)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{cli}\" preview --root \"{site}\" --port {options.Port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var preview = Process.Start(start)!;
        var lines = new System.Collections.Concurrent.BlockingCollection<string>();
        preview.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        preview.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add("! " + e.Data); };
        preview.BeginOutputReadLine();
        preview.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                var line = lines.Take();
                Console.WriteLine("    preview: " + line);
                if (line.StartsWith("serving ", StringComparison.Ordinal)) break;
            }
            Console.WriteLine($"preview started (first build, every page gets the reload script) in {clock.ElapsedMilliseconds} ms");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}/"), Timeout = TimeSpan.FromMinutes(5) };
            using var events = await http.GetAsync("zhenggai-preview/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            await NextEvent(reader, "hello");

            await Series("text edits (one finding page changes)", options.Edits, i => Edit(i, options.Count, shapes, sentences, title: false));
            await Series("title edits (the page, its neighbours and the lists showing it change)", Math.Max(1, options.Edits / 3), i => Edit(i, options.Count, shapes, sentences, title: true));

            async Task Series(string name, int count, Func<int, (int Number, FindingRecord Record, string Marker)> make)
            {
                var times = new List<double>();
                var full = new List<double>();
                var builds = new List<string>();
                for (var i = 0; i < count; i++)
                {
                    var (number, record, marker) = make(i);
                    var path = Path.Combine(site, RecordStore.FindingsFolder, RecordFile.FileName(number));
                    var temp = Path.Combine(site, "..", $"authoring-edit-{i}.tmp");
                    File.WriteAllText(temp, RecordFile.Write(record));
                    // Saved as most editors save: a new file renamed over the old one.
                    var edit = Stopwatch.StartNew();
                    File.Move(temp, path, overwrite: true);
                    // The edited page comes first ("page"), the rest of the site with "reload".
                    string page;
                    var name2 = await NextEvent(reader, "page", "reload", "failed");
                    page = await http.GetStringAsync($"findings/{number}/");
                    var elapsed = edit.Elapsed.TotalMilliseconds;
                    if (name2 == "failed" || !page.Contains(marker, StringComparison.Ordinal))
                        throw new InvalidOperationException($"edit {i}: got {name2}, marker {(page.Contains(marker) ? "" : "not ")}found");
                    times.Add(elapsed);
                    if (name2 == "page" && await NextEvent(reader, "reload", "failed") != "reload")
                        throw new InvalidOperationException($"edit {i}: the full rebuild failed");
                    full.Add(edit.Elapsed.TotalMilliseconds);
                    while (lines.TryTake(out var line)) builds.Add(line);
                }
                full.Sort();
                times.Sort();
                Console.WriteLine($"{name}: save → served page, {count} edits: median {times[times.Count / 2]:0} ms, "
                    + $"min {times[0]:0} ms, max {times[^1]:0} ms; save → whole site rebuilt: median {full[full.Count / 2]:0} ms "
                    + $"(load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
                foreach (var line in builds) Console.WriteLine("    preview: " + line);
            }
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            preview.WaitForExit();
        }
    }

    private static (int, FindingRecord, string) Edit(int i, int count, IReadOnlyList<FindingRecord> shapes, IReadOnlyList<string> sentences, bool title)
    {
        var number = (int)((i * 7919L + 13) % count) + 1;
        var marker = $"基准改动{i.ToString(CultureInfo.InvariantCulture)}号{(title ? "标题" : "文字")}";
        var record = SyntheticSite.Make(number, shapes[number % shapes.Count], sentences);
        record = title ? record with { Title = marker } : record with { Result = "（一）" + marker + "。" };
        return (number, record, marker);
    }

    private static async Task<string> NextEvent(StreamReader reader, params string[] names)
    {
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.Length == 0 && name is not null)
            {
                if (names.Contains(name)) return name;
                name = null;
            }
        }
        throw new EndOfStreamException("the preview's event stream closed");
    }
}
