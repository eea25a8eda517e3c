using Zhenggai.Diagnostics;
using Zhenggai.Settings;

namespace Zhenggai.Records;

/// <summary>
/// Loads every record under <c>input/findings/</c> and checks them against the settings:
/// known themes, statuses and reports, and no two records with one number.
/// All problems are reported together.
/// </summary>
public static class RecordStore
{
    public const string FindingsFolder = "input/findings";

    /// <param name="read">Reads one record file (full path, display path); default <see cref="RecordFile.Read"/> on its bytes. The build cache passes its own.</param>
    /// <param name="feed">Given each record as it is read, for work that starts before the read ends; closed on the way out.</param>
    public static IReadOnlyList<FindingRecord> Load(string siteRoot, SiteSettings settings, Func<string, string, FindingRecord>? read = null, RecordFeed? feed = null)
    {
        read ??= (file, display) => RecordFile.Read(File.ReadAllBytes(file), display);
        var folder = Path.Combine(siteRoot, FindingsFolder);
        var bag = new DiagnosticBag();
        var records = new List<FindingRecord>();
        try
        {
            if (Directory.Exists(folder))
            {
                var files = Directory.GetFiles(folder, "*.md");
                Array.Sort(files, RecordFileOrder.Instance);
                feed?.Open(files.Length);
                var loaded = new FindingRecord?[files.Length];
                // Files are taken in order from one counter, not in ranges per worker: the feed hands
                // records on in this order, and a worker reading the second half would hold them back.
                var next = -1;
                Parallel.For(0, Environment.ProcessorCount, _ =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < files.Length)
                    {
                        var display = FindingsFolder + "/" + Path.GetFileName(files[i]);
                        try
                        {
                            loaded[i] = read(files[i], display);
                        }
                        catch (DiagnosticException ex)
                        {
                            bag.AddRange(ex.Diagnostics);
                        }
                        finally
                        {
                            feed?.Set(i, loaded[i]);
                        }
                    }
                });
                records.AddRange(loaded.Where(r => r is not null)!);
            }
            bag.AddRange(Validate(records, settings));
            bag.ThrowIfErrors();
            var sorted = records.OrderBy(r => r.Number).ToList();
            feed?.Close(sorted);
            return sorted;
        }
        finally
        {
            // A read that threw: whoever waits on the feed learns it failed.
            feed?.Close(null);
        }
    }

    /// <summary>Cross-record and settings checks; records themselves are already well-formed.</summary>
    public static IEnumerable<Diagnostic> Validate(IReadOnlyList<FindingRecord> records, SiteSettings settings)
    {
        var themes = settings.Themes.Select(t => t.Key).ToHashSet();
        var seen = new Dictionary<int, FindingRecord>();
        foreach (var r in records.OrderBy(r => r.FilePath, StringComparer.Ordinal))
        {
            var file = r.FilePath ?? RecordFile.FileName(r.Number);
            if (seen.TryGetValue(r.Number, out var first))
                yield return Diagnostic.Error("ZG0301", file, r.LineOf("number"), $"number {r.Number} is already used by {first.FilePath}",
                    "each finding needs its own number; fix the number or delete the duplicate file");
            else
                seen[r.Number] = r;
            if (r.Themes.Count == 0)
                yield return Diagnostic.Error("ZG0302", file, r.LineOf("themes"), "the record has no themes",
                    "add at least one theme, e.g. `themes: [general]`; known: " + string.Join(", ", themes));
            foreach (var t in r.Themes.Where(t => !themes.Contains(t)))
                yield return Diagnostic.Error("ZG0303", file, r.LineOf("themes"), $"unknown theme `{t}`",
                    "known themes (statiq.json Themes): " + string.Join(", ", themes));
            if (!FindingStatus.IsKnown(r.Status))
                yield return Diagnostic.Error("ZG0304", file, r.LineOf("status"), $"unknown status `{r.Status}`",
                    "use one of " + string.Join("、", FindingStatus.All) + "; keep the source's own wording in `status_text`");
            if (settings.Reports.Count > 0 && settings.FindReport(r.Report) is null)
                yield return Diagnostic.Error("ZG0305", file, r.LineOf("report"), $"unknown report `{r.Report}`",
                    "add it to statiq.json Reports, or use one of: " + string.Join(", ", settings.Reports.Select(x => x.Id)));
            foreach (var from in r.RedirectFrom)
                if (!SafePath.IsSafeRelative(from))
                    yield return Diagnostic.Error("ZG0306", file, r.LineOf("redirect_from"), $"redirect_from `{from}` is not a safe address inside the site",
                        "write a path relative to the site root, e.g. `findings/12/`, without `..`, a scheme or a host");
        }
    }
}
