using Zhenggai.Records;

namespace Zhenggai.Tests.Support;

/// <summary>Small records for fixture sites, with text a test can recognise.</summary>
public static class SampleRecords
{
    public static FindingRecord Make(int number, string? problem = null, string status = FindingStatus.Completed, params string[] themes) => new()
    {
        Number = number,
        Label = "序号" + number,
        Title = $"第{number}项问题",
        Themes = themes.Length == 0 ? ["water"] : themes,
        Status = status,
        Report = "jilin-round2",
        Source = "seeds/test.txt",
        SourceLine = number,
        Problem = problem ?? $"第{number}项问题的描述。河道垃圾清理不及时。",
        Target = "按期完成整改。",
        Measures = "（一）2024年6月底前，开展排查。\n（二）区生态环境分局：加强监管。",
        Result = "（一）已完成排查。\n（二）已加强监管。",
    };
}
