using Zhenggai.Records;

namespace Zhenggai.Render.Views;

/// <summary>A status as shown: the words, a mark that does not rely on colour, and an ASCII key for CSS and addresses.</summary>
public sealed record StatusView(string Text, string Key, string Mark, string? SourceText)
{
    public static StatusView From(string status, string? sourceText = null) => new(status, FindingStatus.Key(status), MarkOf(status), sourceText);

    private static string MarkOf(string status) => status switch
    {
        FindingStatus.Completed => "✔",
        FindingStatus.BasicallyCompleted => "◕",
        FindingStatus.OnSchedule => "◑",
        FindingStatus.Ongoing => "↻",
        _ => "✘",
    };
}
