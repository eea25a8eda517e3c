using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render;
using Zhenggai.Render.Meta;
using Zhenggai.Render.Pages;

namespace Zhenggai.Incremental;

/// <summary>
/// Renders the page of one edited record alone, against the last good build, in milliseconds
/// whatever the size of the site. Preview shows it at once and then runs the full incremental
/// build, which brings the lists, the search index and the data files along and writes the
/// same page bytes again (tests compare the two). Only a plain edit qualifies: the file was
/// a record of the last build, still has its number, and is valid on its own; anything else
/// (a new, deleted or renumbered record, a settings or theme change) waits for the full build.
/// </summary>
public static class FindingPageRefresh
{
    /// <summary>The edited record's page path and bytes, or null when the change does not qualify or the page does not render.</summary>
    /// <param name="last">The context of the last successful build (<see cref="BuildResult.Context"/>).</param>
    /// <param name="recordFile">Full path of the edited record file.</param>
    /// <param name="bodyEndHtml">The same markup the builds append to pages (preview's reload script).</param>
    public static (string Path, byte[] Content)? Render(BuildContext last, string recordFile, Func<SiteDocument, string?>? bodyEndHtml)
    {
        if (last.Templates is null) return null;
        var display = RecordStore.FindingsFolder + "/" + Path.GetFileName(recordFile);
        var index = -1;
        for (var i = 0; i < last.Records.Count && index < 0; i++)
            if (last.Records[i].FilePath == display) index = i;
        if (index < 0) return null;

        FindingRecord record;
        try
        {
            record = RecordFile.Read(File.ReadAllBytes(recordFile), display);
        }
        catch (Exception ex) when (ex is DiagnosticException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (record.Number != last.Records[index].Number || RecordStore.Validate([record], last.Settings).Any(d => d.IsError)) return null;

        var records = last.Records.ToArray();
        records[index] = record;
        var scratch = Path.Combine(Path.GetTempPath(), "zhenggai-page-" + Guid.NewGuid().ToString("N"));
        try
        {
            var context = new BuildContext(last.SiteRoot, scratch) { Settings = last.Settings, Records = records, Templates = last.Templates };
            var page = FindingPagesModule.Page(new SiteViews(last.Settings), new OfficialsViews(last.Settings), records, index);
            context.Add(page);
            // The site view links the feed only when the build has one; the page must say the same.
            if (last.TryGetDocument(Zhenggai.Render.Feeds.FeedModule.FeedPath, out var feed) && feed is not null)
                context.Add(new SiteDocument(feed.Path, feed.Kind));
            new GovMetaModule().Execute(context);
            new RenderLayoutsModule { BodyEndHtml = bodyEndHtml }.Execute(context);
            context.Writer.Flush();
            if (context.Diagnostics.HasErrors) return null;
            return (page.Path, File.ReadAllBytes(Path.Combine(scratch, page.Path)));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
