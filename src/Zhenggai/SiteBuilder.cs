using System.Diagnostics;
using Zhenggai.Check;
using Zhenggai.Diagnostics;
using Zhenggai.Incremental;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render;
using Zhenggai.Render.Data;
using Zhenggai.Render.Feeds;
using Zhenggai.Render.Meta;
using Zhenggai.Render.Pages;
using Zhenggai.Settings;
using Zhenggai.Write;

namespace Zhenggai;

/// <summary>
/// The build as one call: read → process → render → write (into staging) → check → publish.
/// The command line and the tests both go through here.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The standard modules in pipeline order; callers may add their own.</summary>
    public static SitePipeline DefaultPipeline(BuildOptions options)
    {
        // Shared by the modules that read, keep and update input/published-urls.txt.
        var ledger = new PublishedUrlLedger();
        return new SitePipeline()
            .Add(new ReadSettingsModule())
            // Before the records are read: it indexes each one as it is read.
            .Add(new Zhenggai.Render.Search.SearchIndexModule())
            .Add(new ReadRecordsModule())
            .Add(new ReadThemeModule())
            .Add(new ReadPublishedUrlsModule(ledger))
            .Add(new ThemeAssetsModule())
            .Add(new FindingPagesModule())
            .Add(new ListPagesModule())
            .Add(new NotFoundPageModule())
            .Add(new SearchPageModule())
            .Add(new OpenDataModule())
            .Add(new DataPageModule())
            .Add(new FeedModule())
            .Add(new QrCodesModule())
            .Add(new UnitPagesModule())
            .Add(new TimelinePageModule())
            // Last of the process modules: it redirects ledger addresses no other module made.
            .Add(new RedirectPagesModule(ledger))
            .Add(new GovMetaModule())
            .Add(new SitemapModule())
            .Add(new RenderLayoutsModule { BodyEndHtml = options.BodyEndHtml })
            .Add(new WriteFilesModule())
            // Hashes what is on disk, so it stays the last Write module; ManifestCheck enforces that.
            .Add(new ManifestModule())
            // First, as it runs beside the two after it.
            .Add(new ManifestCheck())
            .Add(new LinkCheck())
            .Add(new OfficialTextCheck())
            .Add(new PublishedUrlsCheck(ledger));
    }

    /// <summary>Builds the site. Throws <see cref="DiagnosticException"/> on bad input; the previous output is then untouched.</summary>
    public static BuildResult Build(BuildOptions options, Action<BuildPhase>? onPhase = null)
    {
        var clock = Stopwatch.StartNew();
        var siteRoot = Path.GetFullPath(options.SiteRoot);
        var output = Path.GetFullPath(options.OutputFolder ?? Path.Combine(siteRoot, "output"));
        var publisher = new OutputPublisher(output);
        var cache = options.NoCache ? null : options.Cache ?? BuildCache.Open(siteRoot);
        var staging = publisher.PrepareStaging();
        var incremental = cache?.Begin(output, staging);
        var context = new BuildContext(siteRoot, staging) { Progress = options.Progress, Cache = incremental };
        var pipeline = DefaultPipeline(options);
        options.Customize?.Invoke(pipeline);
        try
        {
            pipeline.Run(context, onPhase);
        }
        catch
        {
            publisher.Discard();
            throw;
        }
        CacheStats? stats = null;
        if (incremental is null)
            publisher.Publish();
        else
        {
            var deletions = incremental.PreparePublish();
            if (incremental.IsDelta) publisher.PublishDelta(deletions);
            else publisher.Publish();
            stats = incremental.Commit(incremental.IsDelta, incremental.IsDelta ? deletions.Count : 0);
            context.Log.Enqueue(stats.ToString());
            if (options.Cache is null && cache!.Save() is { } problem) context.Log.Enqueue(problem);
        }
        foreach (var module in pipeline.Modules.OfType<IAfterPublish>())
            module.AfterPublish(context);
        var docs = context.Documents;
        return new BuildResult(
            docs.Count(d => d.IsHtml),
            docs.Count,
            context.Diagnostics.Sorted(),
            context.Log.ToList(),
            clock.Elapsed) { Cache = stats, Context = context };
    }
}
