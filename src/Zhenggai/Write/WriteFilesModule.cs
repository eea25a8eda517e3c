using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>
/// Writes every document not yet written into the build's (staging) output folder, in parallel.
/// Rendered pages are usually already there: the render phase writes each one through
/// <see cref="WriteNow"/> as soon as it is made.
/// </summary>
public sealed class WriteFilesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Write;

    public void Execute(BuildContext context)
    {
        var docs = context.Documents;
        // Build cache: a file whose published copy already holds its bytes is kept, not written.
        var cache = context.Cache;
        var pending = docs.AsParallel().Where(d => !d.IsWritten && d.Content is not null && cache?.TryKeep(d) != true).ToList();
        foreach (var dir in pending.Select(d => Path.GetDirectoryName(Path.Combine(context.OutputFolder, d.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(dir);
        Parallel.ForEach(pending, doc =>
        {
            File.WriteAllBytes(Path.Combine(context.OutputFolder, doc.Path), doc.Content!);
            doc.IsWritten = true;
        });
        context.Log.Enqueue($"wrote {docs.Count} files");
    }

    /// <summary>
    /// Writes one document at once into the staging folder and releases its bytes. Safe before
    /// the checks: nothing is published until every check has passed.
    /// </summary>
    public static void WriteNow(BuildContext context, SiteDocument doc)
    {
        var path = Path.Combine(context.OutputFolder, doc.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, doc.Content!);
        doc.IsWritten = true;
        doc.Content = null;
    }
}
