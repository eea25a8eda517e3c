using Zhenggai.Write;

namespace Zhenggai.Tests.Reliability.Interrupted;

/// <summary>What a reader of output/ can rely on: every file's SHA-256, and whether manifest.sha256 lists exactly those.</summary>
public static class OutputState
{
    /// <summary>Path → SHA-256 of every file under <paramref name="folder"/>, the manifest included.</summary>
    public static SortedDictionary<string, string> Hashes(string folder) => Sha256Manifest.Hash(folder, exclude: "\0");

    /// <summary>Null when manifest.sha256 lists every other file with its hash and nothing else; else what is wrong.</summary>
    public static string? ManifestProblem(string folder)
    {
        var manifest = Path.Combine(folder, ManifestModule.ManifestPath);
        if (!File.Exists(manifest)) return "no manifest.sha256";
        var listed = Sha256Manifest.Parse(File.ReadAllText(manifest));
        var actual = Sha256Manifest.Hash(folder, ManifestModule.ManifestPath);
        if (listed.Count == 0) return "manifest.sha256 lists nothing";
        foreach (var path in actual.Keys.Union(listed.Keys))
        {
            listed.TryGetValue(path, out var expected);
            actual.TryGetValue(path, out var found);
            if (expected != found) return $"{path}: manifest {expected ?? "(not listed)"}, file {found ?? "(missing)"}";
        }
        return null;
    }
}
