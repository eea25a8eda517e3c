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
        // Auto-indenting makes Scriban search every raw text it writes for line feeds, to indent the
        // lines after an indented expression; no layout relies on it (pages are byte-identical without it).
        AutoIndent = false;
    }

    // Where partials write, one per nesting depth (commitments calls commitment), kept from call to
    // call: a new output per call grew its builder chunk by chunk, and Template.Render then emptied it
    // by allocating one array as large as all of them, twice the partial's size in garbage per call.
    private readonly List<(StringBuilderOutput Output, ForwardingOutput Forward, ScriptObject Scope)> _partials = [];
    private int _partialDepth;

    // A builder that grew past this (a partial listing thousands of rows) is not kept.
    private const int RetainChars = 1024 * 1024;

    /// <summary>The outputs (its own buffer, or one passing writes on to the caller's) and the (empty) global scope for a partial about to render; give them back with <see cref="ReturnPartial"/>.</summary>
    internal (StringBuilderOutput Output, ForwardingOutput Forward, ScriptObject Scope) RentPartial()
    {
        if (_partialDepth == _partials.Count) _partials.Add((new StringBuilderOutput(), new ForwardingOutput(), new ScriptObject()));
        return _partials[_partialDepth++];
    }

    internal void ReturnPartial()
    {
        var (output, forward, scope) = _partials[--_partialDepth];
        // Template.Render empties the builder after a successful render; a failed one may leave text behind.
        if (output.Builder.Capacity > RetainChars) _partials[_partialDepth] = (new StringBuilderOutput(), forward, scope);
        else output.Builder.Clear();
        // The next partial must not see what this one assigned, as with a new scope per call.
        scope.Clear();
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
        // Straight to the string overload: the object one would only turn the string into itself again.
        if (textAsObject is RawHtml raw) return Write(raw.Html);
        if (textAsObject is null) return this;
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return Write(Html.Escape(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return base.WriteAsync(span, raw.Html);
        if (textAsObject is null) return ValueTask.FromResult<TemplateContext>(this);
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.WriteAsync(span, Html.Escape(text));
    }
}
