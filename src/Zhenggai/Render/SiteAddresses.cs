using System.Globalization;
using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>
/// The addresses files outside HTML pages publish (data files, feed, sitemap): a page's
/// site-root address in the form links use, and its absolute form when a Host is set.
/// </summary>
public sealed class SiteAddresses
{
    private readonly SiteSettings _settings;

    public SiteAddresses(SiteSettings settings) => _settings = settings;

    /// <summary>The absolute site address, or null when no Host is set.</summary>
    public string? Root => _settings.AbsoluteRoot;

    /// <summary>
    /// The address of a page file as links write it: <c>findings/25/index.html</c> becomes
    /// <c>findings/25/</c> unless LinkHideIndexPages is off; the home page is <c>""</c>.
    /// </summary>
    public string PageAddress(string documentPath)
    {
        if (!_settings.LinkHideIndexPages) return documentPath;
        if (documentPath == "index.html") return "";
        return documentPath.EndsWith("/index.html", StringComparison.Ordinal)
            ? documentPath[..^"index.html".Length]
            : documentPath;
    }

    public string FindingAddress(int number) =>
        PageAddress($"findings/{number.ToString(CultureInfo.InvariantCulture)}/index.html");

    /// <summary>The absolute form of a site-root address, each segment percent-encoded; null when no Host is set.</summary>
    public string? Absolute(string siteAddress)
    {
        if (Root is null) return null;
        var encoded = string.Join('/', siteAddress.Split('/').Select(Uri.EscapeDataString));
        return Root + encoded;
    }

    /// <summary>The absolute address when a Host is set, else the site-root address (never empty: the home page is <c>./</c>).</summary>
    public string AbsoluteOrRelative(string siteAddress) =>
        Absolute(siteAddress) ?? (siteAddress.Length == 0 ? "./" : siteAddress);
}
