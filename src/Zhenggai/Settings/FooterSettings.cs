namespace Zhenggai.Settings;

/// <summary>Footer fields every Chinese government site carries; each appears only when set, never as a placeholder.</summary>
public sealed record FooterSettings
{
    /// <summary>主办单位.</summary>
    public string? Sponsor { get; set; }

    /// <summary>联系方式.</summary>
    public string? Contact { get; set; }

    /// <summary>网站标识码.</summary>
    public string? SiteIdCode { get; set; }

    /// <summary>ICP备案号.</summary>
    public string? Icp { get; set; }

    /// <summary>公安备案号.</summary>
    public string? PublicSecurity { get; set; }
}
