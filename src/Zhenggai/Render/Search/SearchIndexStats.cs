namespace Zhenggai.Render.Search;

/// <summary>What a build produced, for logs and the benchmark.</summary>
/// <param name="Documents">Findings indexed.</param>
/// <param name="Tokens">Distinct tokens (title and body together).</param>
/// <param name="LargeTokens">Tokens with files of their own.</param>
/// <param name="Files">Files written under search/.</param>
/// <param name="Bytes">Their total size.</param>
/// <param name="SpillBytes">Temporary bytes written between the passes.</param>
/// <param name="FirstPass">Time reading and tokenizing the documents (in parallel batches) and spilling their tokens.</param>
/// <param name="SecondPass">Time gathering and writing the postings (partitions in parallel), including the caller's writes.</param>
/// <param name="Phrases">Frequent phrases given a counts-only token of their own.</param>
public sealed record SearchIndexStats(int Documents, int Tokens, int LargeTokens, int Files, long Bytes, long SpillBytes, TimeSpan FirstPass, TimeSpan SecondPass, int Phrases = 0);
