using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchBench;
using Zhenggai.Render.Search;

// Usage: dotnet run -c Release --project bench/SearchBench -- <findings> [chars per finding] [--keep] [--reuse] [--no-browser] [--index-only]
//        [--partitions N] [--parallelism N] (SearchIndexOptions; defaults otherwise) [--trace FOLDER] (a Chromium trace of one cold run per query) [--digest] (a SHA-256 of the whole index)
//        [--repeats N] (browser runs per query, 5) [--client FILE] (another search.js, to compare) [--out FOLDER] (default: the temp folder's zg-search-bench-N)
//        [--only "q1|q2"] (only these of the queries) [--compare FILE] (another search.js, timed in turns with the first)
// Builds the search index for a synthetic site, then runs cold queries through the real client
// (theme/assets/js/search.js under Node, via tests/Zhenggai.Tests/Search/node-harness.js), then
// times the same queries on the real search page in Chromium (BrowserBench). --reuse skips the
// build when a kept index of that size is there (--keep keeps it).
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var chars = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var keep = args.Contains("--keep") || args.Contains("--reuse");
var repo = FindRepo();
var themes = new[] { ("water", "水"), ("air", "大气"), ("soil", "土壤"), ("mines", "矿山"), ("general", "综合") }
    .Select(t => new SearchFacet(t.Item1, t.Item2)).ToList();
var sentences = SyntheticFindings.Sentences(Path.Combine(repo, "seeds"));
// --out FOLDER: where the index (and the page) go, so that two checkouts can keep their own.
var outAt = Array.IndexOf(args, "--out");
var output = outAt >= 0 && outAt + 1 < args.Length ? Path.GetFullPath(args[outAt + 1]) : Path.Combine(Path.GetTempPath(), $"zg-search-bench-{count}");
var reuse = args.Contains("--reuse") && File.Exists(Path.Combine(output, "search", "meta.json"));
// --client FILE: time another search.js (e.g. an older version) against the same index, in Node and in Chromium.
var clientAt = Array.IndexOf(args, "--client");
var client = clientAt >= 0 && clientAt + 1 < args.Length ? Path.GetFullPath(args[clientAt + 1]) : null;
if (client is not null) Console.WriteLine($"client               {client}");

Console.WriteLine($"# {count:N0} synthetic findings of ~{chars:N0} characters ({sentences.Count} seed sentences)");
Console.WriteLine($"load average         {LoadAverage()} (at start)");
if (reuse) Console.WriteLine($"reusing the index in {output}");
else BuildIndex();

void BuildIndex()
{
    if (Directory.Exists(output)) Directory.Delete(output, true);
    Directory.CreateDirectory(output);
    var options = new SearchIndexOptions { Themes = themes, Partitions = SearchIndexOptions.PartitionsFor(count) };
    if (Flag("--partitions") is { } partitions) options = options with { Partitions = partitions };
    if (Flag("--parallelism") is { } parallelism) options = options with { Parallelism = parallelism };
    Console.WriteLine($"options              {options.Partitions} partitions, {options.Parallelism} at once, entries inline up to {options.LargeEntryBytes:N0} B, counts up to {options.InlineCountsBytes:N0} B, buckets of {options.TargetBucketBytes:N0} B");
    var process = Process.GetCurrentProcess();

    // First the index alone, into a sink that only counts bytes: what the builder itself costs.
    long sinkBytes = 0;
    // --digest: one SHA-256 over every file's path and hash, to check that a change to the builder changed no byte.
    var digests = args.Contains("--digest") ? new System.Collections.Concurrent.ConcurrentDictionary<string, string>() : null;
    var cpu0 = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var stats = SearchIndexBuilder.Build(SyntheticFindings.Generate(sentences, count, seed: 20240601, chars, themes), options,
        (path, content) =>
        {
            Interlocked.Add(ref sinkBytes, content.Length);
            digests?.TryAdd(path, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)));
        });
    clock.Stop();
    if (digests is not null)
        Console.WriteLine($"digest               {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", digests.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + " " + d.Value)))))}");
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpu0;
    Console.WriteLine($"indexing time        {clock.Elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU (generating the synthetic text included, files not written)");
    Console.WriteLine($"passes               first {stats.FirstPass.TotalSeconds:F1} s, second {stats.SecondPass.TotalSeconds:F1} s (wall)");
    Console.WriteLine($"peak working set     {process.PeakWorkingSet64 / 1048576.0:F0} MiB (whole process: runtime, text generation and builder)");
    Console.WriteLine($"GC                   {GC.GetTotalAllocatedBytes() / 1073741824.0:F1} GiB allocated in total, {GC.CollectionCount(2)} gen-2 collections");
    Console.WriteLine($"index                {stats.Files:N0} files, {stats.Bytes / 1048576.0:F1} MiB, {stats.Tokens:N0} tokens ({stats.LargeTokens:N0} with files of their own), {stats.Phrases:N0} phrase tokens");
    Console.WriteLine($"spill                {stats.SpillBytes / 1048576.0:F1} MiB of temporary files");

    if (args.Contains("--index-only")) Environment.Exit(0);

    // Then again to disk, for the queries (the builder calls the writer from several threads).
    var createdDirs = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
    void WriteFile(string path, byte[] content)
    {
        var full = Path.Combine(output, path);
        var dir = Path.GetDirectoryName(full)!;
        if (createdDirs.TryAdd(dir, true)) Directory.CreateDirectory(dir);
        File.WriteAllBytes(full, content);
    }
    process.Refresh();
    cpu0 = process.TotalProcessorTime;
    clock.Restart();
    SearchIndexBuilder.Build(SyntheticFindings.Generate(sentences, count, seed: 20240601, chars, themes), options, WriteFile);
    process.Refresh();
    Console.WriteLine($"writing to disk      {clock.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpu0).TotalSeconds:F1} s CPU for the same build with {stats.Files:N0} files written");

    // Results read each finding's open-data file, which a site build publishes anyway (OpenDataModule): not part of the index.
    foreach (var doc in SyntheticFindings.Generate(sentences, count, seed: 20240601, chars, themes))
        WriteFile(SearchIndexBuilder.DocumentPath(options, doc.Number), SearchDocumentFile.Json(doc, options));
}

const int Repeats = 3;
string[] queries = ["秸秆", "河长", "扬尘", "黑土地", "非道路移动机械", "污水处理厂", "镇", "COD", "2024", "污水 英俊", "生态环境", "英俊镇",
    // Beyond the issue's list: a phrase of eight characters and one of nine (longer than any phrase token),
    // four characters of common pairs that are no phrase token, and four characters that occur nowhere.
    "生态环境保护督察", "习近平生态文明思想", "生态环保", "环境生态"];
// --only "q1|q2": just these queries (to look at a few quickly; the tables need all of them).
var onlyAt = Array.IndexOf(args, "--only");
if (onlyAt >= 0 && onlyAt + 1 < args.Length) queries = queries.Where(q => args[onlyAt + 1].Split('|').Contains(q)).ToArray();
var request = new
{
    index = output,
    // Each query three times, each time with a new engine (cold), to take the least noisy time.
    queries = queries.SelectMany(q => Enumerable.Repeat(new { q, theme = "", status = "" }, Repeats)).ToArray(),
    excerpts = 10,
    cold = true,
};
var answers = RunNode(Path.Combine(repo, "tests", "Zhenggai.Tests", "Search", "node-harness.js"), JsonSerializer.Serialize(request)).AsArray();
Console.WriteLine();
Console.WriteLine("| query | results | files | cold bytes raw | cold bytes gzip | of which first 10 documents (gzip) | node query ms (CPU ms) | + 10 documents ms |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (var i = 0; i < answers.Count; i += Repeats)
{
    var a = answers[i]!;
    var runs = answers.Skip(i).Take(Repeats).Select(r => r!).ToList();
    var ms = runs.Min(r => (double)r["ms"]!);
    var cpuMs = runs.Min(r => (double)r["cpuMs"]!);
    var msWithDocs = runs.Min(r => (double)r["msWithDocs"]!);
    var fetched = a!["fetched"]!.AsArray().Select(f => (string)f!).ToList();
    long raw = 0, gz = 0, docsGz = 0;
    foreach (var f in fetched)
    {
        var bytes = File.ReadAllBytes(Path.GetFullPath(Path.Combine(output, "search", f)));
        raw += bytes.Length;
        var z = Gzip(bytes);
        gz += z;
        if (f.StartsWith("../", StringComparison.Ordinal)) docsGz += z;
    }
    Console.WriteLine($"| {(string)a["q"]!} | {(int)a["total"]!:N0} | {fetched.Count} | {raw / 1024.0:N0} KB | {gz / 1024.0:N0} KB | {docsGz / 1024.0:N0} KB | {ms:F0} ({cpuMs:F0}) | {msWithDocs:F0} |");
}

if (!args.Contains("--no-browser"))
{
    if (!File.Exists(BrowserBench.ChromiumPath)) throw new InvalidOperationException($"Chromium is not at {BrowserBench.ChromiumPath}; install it (apt-get install chromium) or pass --no-browser");
    SearchPage.Write(output, repo, themes, client);
    // --compare FILE: another search.js timed in turns with the first, repetition by repetition, on the same index.
    var compareAt = Array.IndexOf(args, "--compare");
    var compare = compareAt >= 0 && compareAt + 1 < args.Length ? Path.GetFullPath(args[compareAt + 1]) : null;
    if (compare is not null) SearchPage.Write(output, repo, themes, compare, "b");
    var totals = answers.Where((_, i) => i % Repeats == 0).Select(a => ((string)a!["q"]!, (int)a["total"]!)).ToList();
    var loadBefore = LoadAverage();
    var browserRepeats = Flag("--repeats") ?? 5;
    var traceAt = Array.IndexOf(args, "--trace");
    var traceFolder = traceAt >= 0 && traceAt + 1 < args.Length ? Path.GetFullPath(args[traceAt + 1]) : null;
    var runs = BrowserBench.RunAsync(output, totals, browserRepeats, traceFolder, compare is null ? [""] : ["", "b.html"]).GetAwaiter().GetResult();
    var loadAfter = LoadAverage();
    for (var v = 0; v < runs.Count; v++)
    {
        Console.WriteLine();
        Console.WriteLine($"Chromium ({BrowserBench.ChromiumPath}), {(v == 0 ? client ?? "the theme's search.js" : compare)}{(runs.Count > 1 ? ", in turns with the other" : "")}, median of {browserRepeats} (cold also the fastest); load average {loadBefore} before, {loadAfter} after");
        Console.WriteLine("| query | results | cold ms to results (fastest) | of which files in flight | main-thread CPU ms (style and layout) | cold ms painted | warm ms | link ms (from navigation) | typed ms (from the input event, 250 ms pause included; files in flight) | cold files | cold bytes (raw) | problems |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var t in runs[v])
            Console.WriteLine($"| {t.Query} | {t.Total:N0} | {t.Cold:F0} ({t.ColdMin:F0}) | {t.ColdWaiting:F0} | {t.ColdThreadCpu:F0} ({t.ColdLayout:F0}) | {t.ColdPainted:F0} | {t.Warm:F0} | {t.Link:F0} | {t.Typed:F0} ({t.TypedWaiting:F0}) | {t.Files} | {t.Bytes / 1024.0:N0} KB | {t.Problem} |");
    }
}

if (!keep) Directory.Delete(output, true);
else Console.WriteLine($"\nindex kept in {output}");

int? Flag(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static long Gzip(byte[] bytes)
{
    using var ms = new MemoryStream();
    using (var z = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(bytes);
    return ms.Length;
}

JsonNode RunNode(string harness, string input)
{
    var start = new ProcessStartInfo("node", [harness]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
    if (client is not null) start.Environment["ZG_SEARCH_JS"] = client;
    using var p = Process.Start(start)!;
    p.StandardInput.Write(input);
    p.StandardInput.Close();
    var text = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    if (p.ExitCode != 0) throw new InvalidOperationException("node-harness.js failed");
    return JsonNode.Parse(text)!;
}

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Zhenggai.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}
