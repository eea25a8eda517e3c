namespace Zhenggai.Tests.Reliability.Injection;

/// <summary>
/// Text that would be live if any output treated it as code: markup and script, a textarea and a
/// script end tag, attribute break-outs, javascript: addresses, Scriban and Liquid delimiters,
/// HTML entities that must stay literal, CDATA and comment markers, quotes of every kind, and
/// the JavaScript line terminators U+2028/U+2029.
/// </summary>
public static class HostileText
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert('脚本')</script>",
        "</textarea><textarea>文本框",
        "<img src=x onerror=alert(1)>图片",
        "javascript:alert(document.cookie)",
        "{{ site.title }}{{ 7 * 7 }}{{~ end ~}}",
        "{% if true %}液体{% endif %}{%- raw -%}",
        "&amp; &lt;b&gt; &#x3C;script&#x3E; &nbsp; &copy",
        "\"双引号\" '单引号' `反引号` “中文引号”",
        "第一行\u2028第二行\u2029第三段",
        "]]> <![CDATA[ 数据 ]]> <!-- 注释 --> <?php ?>",
        "</script><script>alert(2)</script>",
        "' onmouseover='alert(1)' x='",
        "\" onfocus=\"alert(1)\" autofocus=\"",
        "\\u003cscript\\u003e 与 \\\" 与 \\\\",
        "=HYPERLINK(\"javascript:alert(1)\") @SUM(1)",
    ];

    /// <summary>All payloads in one line, for fields that hold a single line (title, label, names).</summary>
    public static string OneLine(string prefix) => prefix + " " + string.Join(" ", Payloads.Where(p => !p.Contains('\n')));

    /// <summary>The payloads as paragraphs, one per line, each led by a part's own words so it is still official text.</summary>
    public static string Paragraphs(string lead) => string.Join('\n', Payloads.Select((p, i) => $"{lead}{i + 1}：{p}"));
}
