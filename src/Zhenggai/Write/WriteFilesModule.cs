using Zhenggai.Incremental;
using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>
/// Writes every document not yet written into the build's (staging) output folder, in parallel.
/// Rendered pages are usually already there: the render phase writes each one through
/// <see cref="WriteNow"/> as soon as it is made, and so do the modules that make many files
/// (<see cref="AddWritten"/>). Without the build cache each write records the bytes'
/// SHA-256 in <see cref="BuildContext.WrittenHashes"/>: the bytes are at hand, so the manifest need not
/// read the file back.
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
            Write(context, doc.Path, doc.Content!);
            doc.IsWritten = true;
        });
        var (released, bytes) = context.Writer.ReleasedFromCache;
        context.Log.Enqueue(released == 0 ? $"wrote {docs.Count} files"
            : $"wrote {docs.Count} files ({released} of them, {bytes / (1024 * 1024)} MiB, dropped from the page cache once on disk)");
    }

    /// <summary>
    /// Hands one document to the build's <see cref="OutputWriter"/> for the staging folder and
    /// releases it. Safe before the checks: nothing is published until every check has passed,
    /// and the pipeline waits for the writer before the write phase lists what is on disk.
    /// </summary>
    public static void WriteNow(BuildContext context, SiteDocument doc)
    {
        var content = doc.Content!;
        context.Writer.Enqueue(Path.Combine(context.OutputFolder, doc.Path), content);
        Record(context, doc.Path, content);
        doc.IsWritten = true;
        doc.Content = null;
    }

    /// <summary>
    /// As <see cref="WriteNow"/> for a page whose bytes are the first <paramref name="length"/> of
    /// <paramref name="rented"/>, an <see cref="System.Buffers.ArrayPool{T}.Shared"/> array the writer
    /// takes over. The document never holds the bytes. Only without the build cache, which keeps pages' bytes.
    /// </summary>
    public static void WriteNowRented(BuildContext context, SiteDocument doc, byte[] rented, int length)
    {
        if (context.Cache is not null) throw new InvalidOperationException("the build cache needs the page's own bytes: use WriteNow");
        Record(context, doc.Path, rented.AsSpan(0, length));
        context.Writer.EnqueueRented(Path.Combine(context.OutputFolder, doc.Path), rented, length);
        doc.IsWritten = true;
        doc.Content = null;
    }

    /// <summary>
    /// Adds a document with ready bytes and writes it at once (unless the build cache keeps its
    /// published copy), releasing the bytes either way; for modules that make many or large
    /// files, so they never wait in memory for the write phase. False when the document was refused.
    /// </summary>
    public static bool AddWritten(BuildContext context, SiteDocument doc)
    {
        if (!context.TryAdd(doc)) return false;
        if (context.Cache?.TryKeep(doc) != true) WriteNow(context, doc);
        else doc.Content = null;
        return true;
    }

    private static void Write(BuildContext context, string relative, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(context.OutputFolder, relative), content);
        Record(context, relative, content);
    }

    private static void Record(BuildContext context, string relative, ReadOnlySpan<byte> content)
    {
        // The build cache hashes the staging folder its own way (IncrementalBuild.HashOutput).
        if (context.Cache is null)
            context.WrittenHashes[relative] = (content.Length, Hash256.Of(content));
    }
}
