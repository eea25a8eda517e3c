namespace Zhenggai.Records;

/// <summary>
/// The order record files are read in: names that are numbers (the importer's <c>007.md</c>,
/// <c>1000.md</c>, <c>10000.md</c>) by their value, before any other name, and other names ordinally.
/// Ordinal order alone would put <c>10000.md</c> between <c>1000.md</c> and <c>1001.md</c>; in number
/// order the <see cref="RecordFeed"/> hands records on in the order the search index needs.
/// Ties (<c>7.md</c> and <c>007.md</c>) fall back to ordinal order, so the order is total.
/// </summary>
public sealed class RecordFileOrder : IComparer<string>
{
    public static RecordFileOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Digits(x);
        var b = Digits(y);
        if (!a.IsEmpty && !b.IsEmpty)
        {
            var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
            if (byValue != 0) return byValue;
        }
        else if (!a.IsEmpty || !b.IsEmpty)
            return a.IsEmpty ? 1 : -1;
        return string.CompareOrdinal(x, y);
    }

    /// <summary>The file name's stem without leading zeros when it is all ASCII digits ("0" for zeros only); empty otherwise.</summary>
    private static ReadOnlySpan<char> Digits(string? path)
    {
        var stem = Path.GetFileNameWithoutExtension(path.AsSpan());
        if (stem.IsEmpty || stem.ContainsAnyExceptInRange('0', '9')) return [];
        var trimmed = stem.TrimStart('0');
        return trimmed.IsEmpty ? "0" : trimmed;
    }
}
