namespace Zhenggai.Settings;

/// <summary>
/// Site-wide values of the meta tags government sites carry for national monitoring
/// (SiteName, SiteDomain, SiteIDCode, ColumnName). Page-level tags come from records.
/// </summary>
public sealed record GovMetaSettings
{
    public string? SiteName { get; init; }
    public string? SiteDomain { get; init; }
    public string? SiteIdCode { get; init; }
    public string? ColumnName { get; init; }
}
