namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>The source layouts the generator writes: the seeds' flattened table and the three labelled shapes.</summary>
internal enum GeneratedShape
{
    Table,
    LabelLines,
    HeadedSections,
    AlternatingLabels,
}
