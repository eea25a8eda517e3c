namespace Zhenggai.Import;

/// <summary>
/// Suggests a record's title: the problem's first sentence, up to the first 。！？ outside
/// quotation marks and brackets, without a closing 。. Problems open with their headline
/// sentence (「思想认识有待进一步提高。」), so this is the finding's own wording.
/// </summary>
public static class TitleSuggester
{
    private const string Openers = "“‘《（(「『【";
    private const string Closers = "”’》）)」』】";

    public static string Suggest(string problem)
    {
        var first = problem.Split('\n')[0];
        var depth = 0;
        for (var i = 0; i < first.Length; i++)
        {
            var c = first[i];
            if (Openers.Contains(c)) depth++;
            else if (Closers.Contains(c)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && i > 0 && c is '。' or '！' or '？' or '!' or '?')
                return c == '。' ? first[..i] : first[..(i + 1)];
        }
        return first;
    }
}
