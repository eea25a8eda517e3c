namespace Zhenggai.Import;

/// <summary>
/// Word writes bullets and w:sym symbols from the Symbol and Wingdings fonts as private-use
/// characters (U+F0xx), which no other font draws. The common ones are given their Unicode
/// look-alikes; any other private-use symbol becomes a bullet, since a web page cannot show it.
/// </summary>
internal static class DocxSymbols
{
    public static char ToUnicode(char c) => c switch
    {
        '\uF0B7' => '•',
        '\uF06C' => '●',
        '\uF06E' => '■',
        '\uF0A7' => '▪',
        '\uF075' => '◆',
        '\uF0D8' => '➢',
        '\uF0FC' => '✓',
        '\uF0FE' => '☑',
        '\uF0A8' => '□',
        '\uF06F' => '□',
        '\uF071' => '❑',
        >= '\uF000' and <= '\uF0FF' => '•',
        _ => c,
    };
}
