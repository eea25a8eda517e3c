namespace Zhenggai.Render.Search;

internal sealed class SearchIndexStatsBuilder
{
    public int Documents;
    public int Tokens;
    public int LargeTokens;
    public int Files;
    public long Bytes;
    public int Phrases;

    public SearchIndexStats Build(long spillBytes, TimeSpan firstPass, TimeSpan secondPass) =>
        new(Documents, Tokens, LargeTokens, Files, Bytes, spillBytes, firstPass, secondPass, Phrases);
}
