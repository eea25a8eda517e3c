namespace Zhenggai.Import;

/// <summary>Where a stretch of source text belongs in a finding.</summary>
public enum SourceSection
{
    Problem,
    Target,
    Measures,
    Result,

    /// <summary>责任单位: kept verbatim as the record's units text.</summary>
    Units,

    /// <summary>整改时限: kept verbatim as the record's deadline text.</summary>
    Deadline,

    /// <summary>The source's own status wording (整改状态).</summary>
    Status,

    /// <summary>Text around the findings (titles, 公示期, 联系电话, signature): the record's source note.</summary>
    Note,
}
