using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>
/// The absolute address of a page, the form a notice or a QR code carries: scheme, Host,
/// LinkRoot and the site-root address (<c>findings/25/</c>). Non-ASCII characters are
/// percent-encoded so the address survives e-mail, paper and every QR reader.
/// </summary>
public static class Permalink
{
    /// <summary>The absolute address of <paramref name="siteAddress"/>, or null when no Host is set.</summary>
    public static string? Absolute(SiteSettings settings, string siteAddress)
    {
        var root = settings.AbsoluteRoot;
        if (root is null) return null;
        var text = root + siteAddress.TrimStart('/');
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : text;
    }
}
