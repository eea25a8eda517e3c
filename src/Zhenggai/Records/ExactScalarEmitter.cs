using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Zhenggai.Records;

/// <summary>
/// Writes a front matter string in double quotes when any other YAML style would change it on
/// reading: folded and plain scalars turn CR, CRLF and NEL into LF, drop a trailing TAB or line
/// break, and fold single line breaks into spaces. Double quotes escape those characters, so
/// every string reads back exactly; so do the words YAML reads as null. Ordinary one-line
/// values keep their plain form.
/// </summary>
internal sealed class ExactScalarEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Value is string text && NeedsQuotes(text))
            eventInfo.Style = ScalarStyle.DoubleQuoted;
        base.Emit(eventInfo, emitter);
    }

    private static bool NeedsQuotes(string text)
    {
        if (text.Length == 0) return false;
        // Plain, these read back as null: a title 「~」 would vanish.
        if (text is "~" or "null" or "Null" or "NULL") return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return true;
        foreach (var c in text)
            if (c < 0x20 || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF') return true;
        return false;
    }
}
