using System.Text;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>Shows a generated document in a failure message with its invisible characters named.</summary>
internal static class Visible
{
    public static string Text(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\t' => "⇥",
                '\r' => "␍",
                '\n' => "␊\n",
                '\u3000' => "□",
                '\u00A0' => "⍽",
                '\0' => "␀",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u200B' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
