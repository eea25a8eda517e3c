using Zhenggai.Records;

namespace Zhenggai.Bench.Generator;

/// <summary>Writes a Zhenggai site: the repository's statiq.json and one record file per finding.</summary>
public static class ZhenggaiSiteWriter
{
    public static void Write(string siteRoot, string settingsFile, IReadOnlyList<FindingRecord> records)
    {
        var findings = Path.Combine(siteRoot, RecordStore.FindingsFolder);
        if (Directory.Exists(findings)) Directory.Delete(findings, recursive: true);
        Directory.CreateDirectory(findings);
        File.Copy(settingsFile, Path.Combine(siteRoot, "statiq.json"), overwrite: true);
        Parallel.ForEach(records, r =>
            File.WriteAllText(Path.Combine(findings, RecordFile.FileName(r.Number)), RecordFile.Write(r)));
    }
}
