using Zhenggai.Import;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Import;

/// <summary>Runs the importer on a temp site and reads back what it wrote.</summary>
internal static class Imported
{
    public static ImportReport Run(TempSite site, params string[] files) =>
        SeedImporter.Run(site.Root, SettingsLoader.Load(site.Root), files);

    public static ImportReport Run(TempSite site, ImportOptions options, params string[] files) =>
        SeedImporter.Run(site.Root, SettingsLoader.Load(site.Root), files, options);

    /// <summary>Every record under input/findings/, read with the record format's own reader.</summary>
    public static List<FindingRecord> Records(TempSite site)
    {
        var folder = site.PathOf(RecordStore.FindingsFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => RecordFile.Read(File.ReadAllBytes(f), RecordStore.FindingsFolder + "/" + Path.GetFileName(f)))
            .ToList();
    }

    public static FindingRecord Record(TempSite site, int number)
    {
        var name = RecordFile.FileName(number);
        return RecordFile.Read(File.ReadAllBytes(site.PathOf(RecordStore.FindingsFolder + "/" + name)), name);
    }
}
