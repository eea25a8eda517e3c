using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Zhenggai.Render.Views;

namespace Zhenggai.Render;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is a
/// <see cref="RawHtml"/> made by our code. Scriban does not escape on its own; doing it here
/// means a template author cannot forget to.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        RecursiveLimit = 64;
        // Scriban cuts any value longer than 1,048,576 characters to that length plus "...": a
        // list page of a few thousand findings is longer, and was published cut off.
        LimitToString = 0;
    }

    /// <summary>Our own view models are read through typed delegates (<see cref="ViewModelAccessor"/>); anything else as Scriban does.</summary>
    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var scriban = base.GetMemberAccessorImpl(target);
        var type = target.GetType();
        return type.Assembly == typeof(HtmlTemplateContext).Assembly && scriban is Scriban.Runtime.Accessors.TypedObjectAccessor && MemberFilter is null
            ? new ViewModelAccessor(type, scriban, MemberRenamer ?? StandardMemberRenamer.Default)
            : scriban!; // null (no accessor) as Scriban has it
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return base.Write(span, raw.Html);
        if (textAsObject is null) return this;
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.Write(span, Html.Escape(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return base.WriteAsync(span, raw.Html);
        if (textAsObject is null) return ValueTask.FromResult<TemplateContext>(this);
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.WriteAsync(span, Html.Escape(text));
    }
}
