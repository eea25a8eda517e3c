using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Write;

namespace Zhenggai.Render.Search;

/// <summary>
/// Builds the static search index under search/ from every record (see SearchIndexBuilder).
/// Each index file goes into the staging folder as soon as the builder makes it and is
/// registered without its bytes, as rendered pages are: at 100,000 findings the index is
/// about 1.7 gigabytes, which held until the write phase would be most of the build's memory.
/// The builder writes from several threads at once (partitions in parallel); AddWritten is safe for that.
/// Results read each finding's open-data file, which OpenDataModule writes: the index holds no copy of the text.
/// </summary>
public sealed class SearchIndexModule : IModule
{
    /// <summary>
    /// It runs before the records are read and indexes each one from the <see cref="RecordFeed"/> as it
    /// is read: the documents pass is the longest piece of work in a large build, and the read phase
    /// leaves a core idle while it waits for the disk.
    /// </summary>
    public BuildPhase Phase => BuildPhase.Read;

    public void Execute(BuildContext context)
    {
        // Settings that failed to load stop the build after this phase; there is nothing to index for.
        if (context.Diagnostics.HasErrors) return;
        // Nothing rendered reads the index: it is built beside the other phases and done before the
        // write phase, whose manifest lists every file.
        context.Background.Start(BuildPhase.Write, () => Build(context));
    }

    private static void Build(BuildContext context)
    {
        var cancel = context.Background.Cancellation;
        var feed = context.RecordFeed;
        SearchIndexStats? stats = null;
        var when = "as the records were read";
        if (feed.WaitForCount(cancel) is { } files)
        {
            try
            {
                stats = Index(context, InNumberOrder(feed, cancel), files);
            }
            catch (OutOfNumberOrder)
            {
                // Files whose names are not their numbers: the index starts again from the sorted records.
            }
        }
        if (stats is null)
        {
            when = "after the read, as the record files are not read in number order";
            var records = feed.WaitForAll(cancel) ?? throw new OperationCanceledException("the records were not read");
            stats = Index(context, records, records.Count);
        }
        context.Log.Enqueue($"search index: {stats.Files} files, {stats.Bytes:N0} bytes in {(stats.FirstPass + stats.SecondPass).TotalMilliseconds:0} ms "
            + $"(documents {stats.FirstPass.TotalMilliseconds:0} ms, partitions {stats.SecondPass.TotalMilliseconds:0} ms, spill {stats.SpillBytes / 1048576.0:F0} MiB; started {when})");
    }

    private static SearchIndexStats Index(BuildContext context, IEnumerable<FindingRecord> records, int count)
    {
        var cancel = context.Background.Cancellation;
        var docs = records.Select(r => SearchDocument.FromRecord(r, SiteViews.FindingUrl(r.Number)));
        return SearchIndexBuilder.Build(docs, SearchIndexOptions.ForSettings(context.Settings, count), (path, content) =>
        {
            // A build that failed meanwhile publishes nothing: stop writing into its staging folder.
            cancel.ThrowIfCancellationRequested();
            WriteFilesModule.AddWritten(context, new SiteDocument(path, "search-index") { Content = content });
        });
    }

    /// <summary>
    /// The records as they are read, as long as that is number order, the order the builder needs;
    /// the documents pass ends only when the read has ended well, so that no file of a failed read is written.
    /// </summary>
    private static IEnumerable<FindingRecord> InNumberOrder(RecordFeed feed, CancellationToken cancel)
    {
        var previous = int.MinValue;
        foreach (var record in feed.InReadingOrder(cancel))
        {
            if (record.Number <= previous) throw new OutOfNumberOrder();
            previous = record.Number;
            yield return record;
        }
        if (feed.WaitForAll(cancel) is null) throw new OperationCanceledException("the records were not read");
    }

    private sealed class OutOfNumberOrder : Exception;
}
