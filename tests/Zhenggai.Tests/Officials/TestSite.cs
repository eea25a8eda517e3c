using System.Text.Json.Nodes;
using Zhenggai.Records;

namespace Zhenggai.Tests.Officials;

/// <summary>A throwaway site folder: the repository's statiq.json (adjustable), some records, and builds of it.</summary>
internal sealed class TestSite : IDisposable
{
    public TestSite(IEnumerable<FindingRecord> records, Action<JsonObject>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "zg-officials-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "input", "findings"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedFindings.RepoRoot, "statiq.json")))!.AsObject();
        settings?.Invoke(json);
        File.WriteAllText(Path.Combine(Root, "statiq.json"), json.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        foreach (var r in records) Write(r);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public string LedgerPath => Path.Combine(Root, "input", "published-urls.txt");

    public static Action<JsonObject> WithHost(string host, string linkRoot = "/") => j =>
    {
        j["Host"] = host;
        j["LinkRoot"] = linkRoot;
    };

    public void Write(FindingRecord r) =>
        File.WriteAllText(Path.Combine(Root, "input", "findings", RecordFile.FileName(r.Number)), RecordFile.Write(r));

    public void Delete(int number) => File.Delete(Path.Combine(Root, "input", "findings", RecordFile.FileName(number)));

    public BuildResult Build(Action<Pipeline.SitePipeline>? customize = null) =>
        SiteBuilder.Build(new BuildOptions { SiteRoot = Root, Customize = customize });

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>Every output file with its bytes, for before/after comparisons.</summary>
    public SortedDictionary<string, byte[]> Snapshot()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(Output)) return files;
        foreach (var f in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(Output, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        return files;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
