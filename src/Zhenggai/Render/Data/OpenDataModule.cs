using System.Globalization;
using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Feeds;
using Zhenggai.Write;

namespace Zhenggai.Render.Data;

/// <summary>
/// The open data files: data/findings.json with its schema, data/findings.csv, and
/// findings/NUMBER/index.json beside each finding page. Record fields the schema constrains
/// (dates, deadline kinds) are checked here, so the published JSON always matches its schema.
/// The files go straight into the staging folder and are registered without their bytes.
/// </summary>
public sealed class OpenDataModule : IModule
{
    public const string Folder = "data/";
    public const string JsonPath = Folder + "findings.json";
    public const string SchemaPath = Folder + FindingsSchema.FileName;
    public const string CsvPath = Folder + FindingsCsv.FileName;

    public static readonly IReadOnlyList<string> DeadlineKinds = ["dated", "immediate", "ongoing"];

    public BuildPhase Phase => BuildPhase.Process;

    public static string FindingJsonPath(int number) =>
        $"findings/{number.ToString(CultureInfo.InvariantCulture)}/index.json";

    public void Execute(BuildContext context)
    {
        var problems = context.Records.SelectMany(Check).ToList();
        context.Diagnostics.AddRange(problems);
        if (problems.Count > 0) return;

        context.Add(new SiteDocument(JsonPath, "data") { IsWritten = true });
        context.Add(new SiteDocument(CsvPath, "data") { IsWritten = true });
        context.Add(new SiteDocument(SchemaPath, "data") { Content = Encoding.UTF8.GetBytes(FindingsSchema.Json + "\n") });
        // No page is rendered from these files (the data page only names them), and writing one file
        // per finding is mostly the file system's time: done beside the render phase, before the manifest.
        context.Background.Start(BuildPhase.Write, () => WriteFiles(context));
    }

    private static void WriteFiles(BuildContext context)
    {
        // Written as they are made, one finding at a time: at 100,000 findings the JSON and CSV
        // files and the per-finding files are about a gigabyte, which held until the write
        // phase would be a large share of the build's memory.
        var settings = context.Settings;
        var addresses = new SiteAddresses(settings);
        var labels = settings.Themes.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var formulaLike = 0;
        long jsonLength, csvLength;
        Directory.CreateDirectory(Path.Combine(context.OutputFolder, Folder));
        using (var jsonFile = new HashingWriteStream(File.Create(Path.Combine(context.OutputFolder, JsonPath))))
        using (var csvFile = new HashingWriteStream(File.Create(Path.Combine(context.OutputFolder, CsvPath))))
        {
            using (var json = new FindingsJsonWriter(jsonFile, OpenDataFile.From([], settings)))
            using (var csv = FindingsCsv.Open(csvFile))
            {
                foreach (var record in context.Records.OrderBy(r => r.Number))
                {
                    var finding = OpenDataFinding.From(record, labels, addresses);
                    // Serialised once: the finding's own file is also its entry in findings.json.
                    var file = OpenDataJson.Serialize(finding);
                    json.AddSerialized(file);
                    formulaLike += FindingsCsv.WriteRow(csv, finding);
                    WriteFilesModule.AddWritten(context, new SiteDocument(FindingJsonPath(finding.Number), "data") { Content = file });
                }
                json.Finish();
            }
            // Hashed as they were written, as pages are (the build cache hashes the staging folder its own way).
            var jsonWritten = jsonFile.Result();
            var csvWritten = csvFile.Result();
            if (context.Cache is null)
            {
                context.WrittenHashes[JsonPath] = jsonWritten;
                context.WrittenHashes[CsvPath] = csvWritten;
            }
            jsonLength = jsonWritten.Length;
            csvLength = csvWritten.Length;
        }
        context.Writer.WrittenElsewhere(Path.Combine(context.OutputFolder, JsonPath), jsonLength);
        context.Writer.WrittenElsewhere(Path.Combine(context.OutputFolder, CsvPath), csvLength);

        if (formulaLike > 0)
            context.Log.Enqueue($"{CsvPath}: {formulaLike} cells start with = + - @ and are kept verbatim; spreadsheets may read them as formulas (the data page says to import as text)");
    }

    /// <summary>Fields whose form the schema promises: updated yyyy-MM-dd, due yyyy-MM, kind one of <see cref="DeadlineKinds"/>.</summary>
    public static IEnumerable<Diagnostic> Check(FindingRecord r)
    {
        var file = r.FilePath ?? RecordStore.FindingsFolder + "/" + RecordFile.FileName(r.Number);
        if (r.Updated is not null && FindingDates.Parse(r.Updated) is null)
            yield return Diagnostic.Error("ZG0701", file, 2, $"`updated: {r.Updated}` is not a date",
                "write the date the record last changed as yyyy-MM-dd, e.g. `updated: 2025-03-31`, or remove the line");
        foreach (var d in r.Deadlines)
        {
            if (d.Due is not null && !DateOnly.TryParseExact(d.Due + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                yield return Diagnostic.Error("ZG0702", file, 2, $"deadline `{d.Text}` has `due: {d.Due}`, which is not a year and month",
                    "write due as yyyy-MM, e.g. `due: 2024-06` for 2024年6月底前; leave it out for 立行立改 and 长期坚持");
            if (!DeadlineKinds.Contains(d.Kind))
                yield return Diagnostic.Error("ZG0703", file, 2, $"deadline `{d.Text}` has unknown `kind: {d.Kind}`",
                    "use one of " + string.Join(", ", DeadlineKinds));
        }
    }
}
