using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>Writes every document into the build's (staging) output folder, in parallel.</summary>
public sealed class WriteFilesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Write;

    public void Execute(BuildContext context)
    {
        var docs = context.Documents;
        // Build cache: a file whose published copy already holds its bytes is kept, not written.
        var pending = context.Cache is { } cache ? docs.AsParallel().Where(d => d.Content is not null && !cache.TryKeep(d)).ToList() : docs;
        foreach (var dir in pending.Select(d => Path.GetDirectoryName(Path.Combine(context.OutputFolder, d.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(dir);
        Parallel.ForEach(pending, doc =>
        {
            if (doc.Content is null) return;
            File.WriteAllBytes(Path.Combine(context.OutputFolder, doc.Path), doc.Content);
        });
        context.Log.Enqueue($"wrote {docs.Count} files");
    }
}
