using System.Text.RegularExpressions;

namespace Zhenggai.Settings;

/// <summary>Address segments the site writes: lowercase ASCII, so they survive every server and cannot leave the output folder.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);
}
