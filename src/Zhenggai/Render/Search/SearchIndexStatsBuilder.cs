namespace Zhenggai.Render.Search;

/// <summary>Counts for <see cref="SearchIndexStats"/>; partitions are emitted in parallel, so the counters are atomic.</summary>
internal sealed class SearchIndexStatsBuilder
{
    private int tokens;
    private int largeTokens;
    private int files;
    private long bytes;

    public int Documents;
    public int Phrases;

    public void AddFile(int length)
    {
        Interlocked.Increment(ref files);
        Interlocked.Add(ref bytes, length);
    }

    public void AddTokens(int count, int large)
    {
        Interlocked.Add(ref tokens, count);
        Interlocked.Add(ref largeTokens, large);
    }

    public SearchIndexStats Build(long spillBytes, TimeSpan firstPass, TimeSpan secondPass) =>
        new(Documents, tokens, largeTokens, files, bytes, spillBytes, firstPass, secondPass, Phrases);
}
