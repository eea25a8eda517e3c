using System.Text;
using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>
/// The small page left at an old address. It works three ways: a script (first, so it can
/// keep the #fragment of the old link, e.g. #result) replaces the location; without
/// scripting the meta refresh does it; and a visible link always remains. All links are
/// relative, so the page works under any sub-path and from disk; rel=canonical names the new page.
/// It is not a content page, so it does not use the theme, but it carries the site's
/// government meta tags like every other page.
/// </summary>
public static class RedirectPage
{
    public static string Html(string pagePath, string targetAddress, string targetLabel, SiteSettings settings, LinkResolver links)
    {
        var siteTitle = settings.SiteTitle;
        var language = settings.Language;
        var href = Render.Html.Escape(links.Relative(pagePath, targetAddress));
        var script = Render.Html.Escape(links.Relative(pagePath, "assets/js/redirect.js"));
        var label = Render.Html.Escape(targetLabel);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append("<html lang=\"").Append(Render.Html.Escape(language)).Append("\">\n<head>\n");
        sb.Append("<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n");
        sb.Append("<meta name=\"robots\" content=\"noindex\">\n");
        var gov = settings.GovMeta;
        foreach (var (name, value) in new[] { ("SiteName", gov.SiteName), ("SiteDomain", gov.SiteDomain), ("SiteIDCode", gov.SiteIdCode), ("ColumnName", gov.ColumnName) })
            if (!string.IsNullOrWhiteSpace(value))
                sb.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Render.Html.Escape(value)).Append("\">\n");
        sb.Append("<title>本页已迁移 - ").Append(Render.Html.Escape(siteTitle)).Append("</title>\n");
        sb.Append("<link rel=\"canonical\" href=\"").Append(href).Append("\">\n");
        sb.Append("<script src=\"").Append(script).Append("\"></script>\n");
        sb.Append("<noscript><meta http-equiv=\"refresh\" content=\"0; url=").Append(href).Append("\"></noscript>\n");
        sb.Append("</head>\n<body>\n");
        sb.Append("<p>本页地址已调整，内容现位于：<a href=\"").Append(href).Append("\">").Append(label).Append("</a></p>\n");
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
