namespace Zhenggai.Settings;

/// <summary>
/// Site-wide values of the meta tags government sites carry for national monitoring
/// (SiteName, SiteDomain, SiteIDCode, ColumnName). Page-level tags come from records.
/// </summary>
public sealed record GovMetaSettings
{
    public string? SiteName { get; set; }
    public string? SiteDomain { get; set; }
    public string? SiteIdCode { get; set; }
    public string? ColumnName { get; set; }
}
