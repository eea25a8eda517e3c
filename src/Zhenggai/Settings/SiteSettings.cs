namespace Zhenggai.Settings;

/// <summary>
/// Site settings from <c>statiq.json</c>. Keys that Statiq also knows keep Statiq's names
/// (SiteTitle, Host, LinkRoot, LinksUseHttps, LinkHideIndexPages). Unknown keys are errors.
/// Every default here is documented in README.md.
/// </summary>
public sealed record SiteSettings
{
    /// <summary>Shown in every page title and the header. Default 「整改情况公开」.</summary>
    public string SiteTitle { get; set; } = "整改情况公开";

    public string? SiteDescription { get; set; }

    /// <summary>Host name for absolute addresses (citations, QR codes, feeds, sitemap), e.g. <c>www.example.gov.cn</c>. Unset: no absolute addresses.</summary>
    public string? Host { get; set; }

    /// <summary>The sub-path the site is served under, e.g. <c>/zhenggai/</c>; only absolute addresses use it. Default <c>/</c>.</summary>
    public string LinkRoot { get; set; } = "/";

    /// <summary>Absolute addresses use https. Default true.</summary>
    public bool LinksUseHttps { get; set; } = true;

    /// <summary>Link to folders (<c>findings/25/</c>) when true; to explicit <c>index.html</c> files when false, for copies opened from disk. Default true.</summary>
    public bool LinkHideIndexPages { get; set; } = true;

    /// <summary>The page language. Default <c>zh-CN</c>.</summary>
    public string Language { get; set; } = "zh-CN";

    /// <summary>The reports the findings belong to; records name one by its Id.</summary>
    public IReadOnlyList<ReportSettings> Reports { get; set; } = [];

    /// <summary>Themes in display order; the last one with no keywords is the catch-all (综合).</summary>
    public IReadOnlyList<ThemeDefinition> Themes { get; set; } = ThemeDefinition.Defaults;

    /// <summary>Footer fields of a Chinese government site; each shown only when set.</summary>
    public FooterSettings Footer { get; set; } = new();

    /// <summary>Government page metadata (SiteName, SiteDomain, SiteIDCode, ColumnName); omitted when unset.</summary>
    public GovMetaSettings GovMeta { get; set; } = new();

    /// <summary>Licence of the published data, shown on the data page. Unset: the data page says no licence was declared.</summary>
    public string? DataLicence { get; set; }

    /// <summary>
    /// Rows per page of a long list (home page, findings/, themes, status views, units, timeline).
    /// Page 1 keeps the list's address; later pages are at <c>page/2/</c>, <c>page/3/</c>… under it.
    /// Default 200 (about 100 KB of HTML a page, so a phone on a slow link can open any list);
    /// 0 puts every list on one page.
    /// </summary>
    public int ListPageSize { get; set; } = 200;

    /// <summary>Known responsible units and their aliases.</summary>
    public IReadOnlyList<UnitDefinition> Units { get; set; } = [];

    /// <summary>Absolute site address (scheme, host, link root) or null when no Host is set.</summary>
    public string? AbsoluteRoot
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Host)) return null;
            var root = "/" + LinkRoot.Trim('/');
            if (!root.EndsWith('/')) root += "/";
            return (LinksUseHttps ? "https://" : "http://") + Host.Trim().TrimEnd('/') + root;
        }
    }

    public ReportSettings? FindReport(string id) => Reports.FirstOrDefault(r => r.Id == id);
}
