using Zhenggai.Pipeline;
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
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context) =>
        // Nothing rendered reads the index: it is built beside the render phase and done before the
        // write phase, whose manifest lists every file.
        context.Background.Start(BuildPhase.Write, () => Build(context));

    private static void Build(BuildContext context)
    {
        var docs = context.Records.Select(r => SearchDocument.FromRecord(r, SiteViews.FindingUrl(r.Number)));
        var stats = SearchIndexBuilder.Build(docs, SearchIndexOptions.ForSettings(context.Settings, context.Records.Count),
            (path, content) => WriteFilesModule.AddWritten(context, new SiteDocument(path, "search-index") { Content = content }));
        context.Log.Enqueue($"search index: {stats.Files} files, {stats.Bytes:N0} bytes in {(stats.FirstPass + stats.SecondPass).TotalMilliseconds:0} ms "
            + $"(documents {stats.FirstPass.TotalMilliseconds:0} ms, partitions {stats.SecondPass.TotalMilliseconds:0} ms, spill {stats.SpillBytes / 1048576.0:F0} MiB; beside the render phase)");
    }
}
