using Zhenggai.Records;
using Zhenggai.Settings;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Reliability.Interrupted;

/// <summary>
/// A site big enough that a build takes seconds: the repository's settings and the seeds' 20
/// findings repeated under new numbers, each written with <see cref="RecordFile.Write"/>.
/// </summary>
public static class LargeSite
{
    public static TestSite Create(int count)
    {
        var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, SettingsLoader.FileName), site.PathOf(SettingsLoader.FileName));
        var folder = Path.Combine(RepoPaths.Root, RecordStore.FindingsFolder);
        var seeds = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(f => RecordFile.Read(File.ReadAllBytes(f), f)).ToList();
        var target = site.PathOf(RecordStore.FindingsFolder);
        Directory.CreateDirectory(target);
        for (var n = 1; n <= count; n++)
        {
            var r = seeds[(n - 1) % seeds.Count] with { Number = n, Label = "序号" + n, FilePath = null };
            File.WriteAllText(Path.Combine(target, RecordFile.FileName(n)), RecordFile.Write(r));
        }
        return site;
    }
}
