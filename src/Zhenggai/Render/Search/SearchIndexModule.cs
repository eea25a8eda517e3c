using Zhenggai.Pipeline;

namespace Zhenggai.Render.Search;

/// <summary>Builds the static search index under search/ from every record (see SearchIndexBuilder).</summary>
public sealed class SearchIndexModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var docs = context.Records.Select(r => SearchDocument.FromRecord(r, SiteViews.FindingUrl(r.Number)));
        var stats = SearchIndexBuilder.Build(docs, SearchIndexOptions.ForSettings(context.Settings),
            (path, content) => context.Add(new SiteDocument(path, "search-index") { Content = content }));
        context.Log.Enqueue($"search index: {stats.Files} files, {stats.Bytes:N0} bytes");
    }
}
