using Zhenggai.Settings;

namespace Zhenggai.Render.Views;

/// <summary>Site-wide values every layout may show: title, language, report, themes, footer.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string Lang,
    ReportView? Report,
    IReadOnlyList<ThemeRef> Themes,
    FooterSettings Footer)
{
    /// <summary>Site-root address of the Atom feed, or null when the build has none; set by the render phase.</summary>
    public string? FeedUrl { get; init; }

    public bool HasFooterFields => Footer.Sponsor is not null || Footer.Contact is not null || Footer.SiteIdCode is not null
        || Footer.Icp is not null || Footer.PublicSecurity is not null;
}
