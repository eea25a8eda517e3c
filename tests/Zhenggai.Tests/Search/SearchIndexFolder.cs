using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// An index built into a temporary site folder, deleted on dispose, with each document's open-data
/// file beside it (findings/NUMBER/index.json, as a site build publishes it), which results read.
/// </summary>
internal sealed class SearchIndexFolder : IDisposable
{
    public SearchIndexFolder(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options)
    {
        Root = Path.Combine(Path.GetTempPath(), "zg-search-test-" + Guid.NewGuid().ToString("N"));
        Files = SearchIndexBuilder.Build(docs, options);
        foreach (var (path, content) in Files)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }
        foreach (var doc in docs)
        {
            var full = Path.Combine(Root, SearchIndexBuilder.DocumentPath(options, doc.Number));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, SearchDocumentFile.Json(doc, options));
        }
    }

    public string Root { get; }

    public IReadOnlyList<(string Path, byte[] Content)> Files { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
