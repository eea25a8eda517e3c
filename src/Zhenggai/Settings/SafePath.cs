namespace Zhenggai.Settings;

/// <summary>Guards every path that comes from input before the site writes a file there.</summary>
public static class SafePath
{
    /// <summary>True for a relative path that stays inside the output folder (no .., no root, no scheme, no backslash).</summary>
    public static bool IsSafeRelative(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return false;
        if (path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Contains('\0')) return false;
        foreach (var seg in path.Split('/'))
            if (seg is ".." or ".") return false;
        return path.All(c => c > 0x1F && c != '"' && c != '<' && c != '>' && c != '|' && c != '?' && c != '*' && c != '#');
    }
}
