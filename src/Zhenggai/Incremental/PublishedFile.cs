namespace Zhenggai.Incremental;

/// <summary>
/// One file of the published output as the cache last saw it: its content hash, and the size
/// and modification time it had then. A file on disk with the same size and time is taken to
/// still hold that content (as git's index does); anything else is read or rewritten.
/// </summary>
public readonly record struct PublishedFile(Hash256 Sha, long Length, long ModifiedTicks)
{
    public bool Matches(long length, long modifiedTicks) => Length == length && ModifiedTicks == modifiedTicks;
}
