using System.Buffers;
using Zhenggai.Settings;

namespace Zhenggai.Import;

/// <summary>
/// The names and aliases <see cref="UnitExtractor"/> looks for, longest first, with the characters
/// they start with (and the title marks 《》), so a passage is searched only where a name can begin.
/// </summary>
internal sealed class UnitPatterns
{
    // The settings' names as they were when this was made, to tell whether it still holds.
    private readonly string[] _source;

    public UnitPatterns(IReadOnlyList<UnitDefinition> known, List<(string Pattern, string Name)> list)
    {
        _source = Source(known);
        List = list;
        Starts = SearchValues.Create(list.Select(p => p.Pattern[0]).Append('《').Append('》').Distinct().ToArray());
    }

    public List<(string Pattern, string Name)> List { get; }

    public SearchValues<char> Starts { get; }

    public bool Matches(IReadOnlyList<UnitDefinition> known)
    {
        var at = 0;
        foreach (var u in known)
        {
            if (at >= _source.Length || !string.Equals(_source[at++], u.Name, StringComparison.Ordinal)) return false;
            foreach (var alias in u.Aliases)
                if (at >= _source.Length || !string.Equals(_source[at++], alias, StringComparison.Ordinal)) return false;
            // null ends a unit's names, so moving an alias to another unit is a change too.
            if (at >= _source.Length || _source[at++] is not null) return false;
        }
        return at == _source.Length;
    }

    private static string[] Source(IReadOnlyList<UnitDefinition> known) =>
        known.SelectMany(u => u.Aliases.Prepend(u.Name).Append(null!)).ToArray();
}
