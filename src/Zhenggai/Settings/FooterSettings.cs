namespace Zhenggai.Settings;

/// <summary>Footer fields every Chinese government site carries; each appears only when set, never as a placeholder.</summary>
public sealed record FooterSettings
{
    /// <summary>主办单位.</summary>
    public string? Sponsor { get; init; }

    /// <summary>联系方式.</summary>
    public string? Contact { get; init; }

    /// <summary>网站标识码.</summary>
    public string? SiteIdCode { get; init; }

    /// <summary>ICP备案号.</summary>
    public string? Icp { get; init; }

    /// <summary>公安备案号.</summary>
    public string? PublicSecurity { get; init; }
}
