namespace Zhenggai.Settings;

/// <summary>Report-level data, kept here once instead of in every record.</summary>
public sealed record ReportSettings
{
    /// <summary>Short ASCII id that records use in their <c>report:</c> field.</summary>
    public required string Id { get; set; }

    /// <summary>The report's title as published, e.g. 第二轮吉林省生态环境保护督察反馈问题整改任务完成情况.</summary>
    public required string Title { get; set; }

    /// <summary>The body that publishes the report (发布单位).</summary>
    public string? IssuingBody { get; set; }

    /// <summary>The date the reported results stand at (数据截至), yyyy-MM-dd. It is also the default page date.</summary>
    public string? DataDate { get; set; }

    /// <summary>A sentence on where the report comes from, shown on the home page.</summary>
    public string? SourceNote { get; set; }
}
