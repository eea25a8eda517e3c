namespace Zhenggai.Cli.Preview;

/// <summary>Where the site appears on the preview server: its LinkRoot, so absolute links (404.html) work as on the real host.</summary>
public static class Mount
{
    /// <summary>"/", or "/sub/path/" for LinkRoot "sub/path".</summary>
    public static string Normalize(string linkRoot)
    {
        var trimmed = linkRoot.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
