using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhenggai.Tests.Search;

/// <summary>Runs node-harness.js, which loads the real theme/assets/js/search.js, and returns its JSON answer.</summary>
internal static class NodeHarness
{
    public static JsonNode Run(object request)
    {
        var start = new ProcessStartInfo("node", [SearchTestPaths.Harness])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("these tests run the search client under Node 20+; install nodejs (apt-get install nodejs)", e);
        }
        using (process)
        {
            process.StandardInput.Write(JsonSerializer.Serialize(request));
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("node-harness.js failed: " + stderr.Result);
            return JsonNode.Parse(stdout) ?? throw new InvalidOperationException("node-harness.js printed nothing");
        }
    }

    /// <summary>One query's answer: the ranked results as (number, title words, hits), and more.</summary>
    public sealed record Answer(string Query, int Total, IReadOnlyList<(int Number, int TitleWords, int Hits)> Results, IReadOnlyList<string> Fetched, JsonArray Excerpts);

    public static IReadOnlyList<Answer> Query(string indexRoot, IEnumerable<(string Q, string Theme, string Status)> queries, int excerpts = 0)
    {
        var node = Run(new
        {
            index = indexRoot,
            queries = queries.Select(q => new { q = q.Q, theme = q.Theme, status = q.Status }).ToArray(),
            excerpts,
            cold = true,
        });
        return node.AsArray().Select(a => new Answer(
            (string)a!["q"]!,
            (int)a["total"]!,
            a["results"]!.AsArray().Select(r => ((int)r![0]!, (int)r[1]!, (int)r[2]!)).ToList(),
            a["fetched"]!.AsArray().Select(f => (string)f!).ToList(),
            a["excerpts"]!.AsArray())).ToList();
    }
}
