using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// Adds feed.xml (see <see cref="AtomFeed"/>). Atom requires a date on every entry and on the
/// feed, and the build never uses the clock, so findings with no date (no <c>updated</c> and
/// no report DataDate) are left out with a warning, and with none dated there is no feed.
/// </summary>
public sealed class FeedModule : IModule
{
    public const string FeedPath = "feed.xml";

    public BuildPhase Phase => BuildPhase.Process;

    public static bool HasFeed(IReadOnlyList<FindingRecord> records, SiteSettings settings) =>
        records.Any(r => FindingDates.Of(r, settings) is not null);

    public void Execute(BuildContext context)
    {
        var result = AtomFeed.Write(context.Records, context.Settings, FeedPath);
        if (result.Undated.Count > 0)
        {
            var labels = string.Join("、", result.Undated.Take(5).Select(r => r.Label)) + (result.Undated.Count > 5 ? " …" : "");
            context.Diagnostics.Add(Diagnostic.Warning("ZG0704", "statiq.json", 1,
                $"{result.Undated.Count} findings have no date and are left out of {FeedPath} and of sitemap dates: {labels}",
                "set DataDate (yyyy-MM-dd) on the report in statiq.json Reports, or `updated:` in the records"));
        }
        foreach (var r in result.Replaced)
            context.Diagnostics.Add(Diagnostic.Warning("ZG0705", r.FilePath ?? RecordStore.FindingsFolder + "/" + RecordFile.FileName(r.Number), 1,
                $"the record holds control characters XML cannot carry; {FeedPath} shows them as U+FFFD (the page and the JSON keep them)",
                "such characters usually come from copying out of a word processor; check the record's text"));
        if (result.Content.Length > 0)
            context.Add(new SiteDocument(FeedPath, "feed") { Content = result.Content });
    }
}
