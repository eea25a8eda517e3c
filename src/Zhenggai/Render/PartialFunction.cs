using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zhenggai.Render;

/// <summary>
/// The templates' <c>partial("blocks", model)</c>: renders theme/layouts/partials/NAME.sbn with
/// its own <c>model</c>, in the calling page's context (as Scriban's include does) rather than a
/// new context per call, and returns the markup as <see cref="RawHtml"/> (or, called alone in a
/// statement, writes it where the caller writes). The partial sees the page's globals (site, url,
/// page_path) but not the caller's loop variables.
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private readonly ThemeTemplates _templates;

    public PartialFunction(ThemeTemplates templates) => _templates = templates;

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "model");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 2)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"partial takes a name and a model, not {arguments.Count} values");
        var name = PathOf(arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? "");
        // Reported where the layout calls it: the call is what the theme author has to fix.
        if (!_templates.Has(name))
            throw new ScriptRuntimeException(callerContext?.Span ?? new Scriban.Parsing.SourceSpan($"theme/layouts/{name}.sbn", default, default),
                $"there is no partial `{name[9..]}` (theme/layouts/{name}.sbn)");
        var html = context as HtmlTemplateContext;
        // `{{ partial(...) }}` alone in a statement: its value would only be written where the caller
        // writes, so the partial writes there itself, and the markup never becomes a string of its own.
        var direct = html is not null && context.EnableOutput && callerContext?.Parent is ScriptExpressionStatement statement
            && ReferenceEquals(statement.Expression, callerContext);
        var (output, forward, scope) = html?.RentPartial() ?? (new StringBuilderOutput(), new ForwardingOutput(), new ScriptObject());
        scope["model"] = arguments[1];
        // Template.Render returns its output's text and empties a StringBuilderOutput: a forwarding
        // output gives it nothing to return and nothing of the caller's to empty.
        context.PushOutput(direct ? forward.To(context.Output) : output);
        context.PushGlobal(scope);
        context.PushLocal();
        try
        {
            context.EnterRecursive(callerContext!);
            var text = _templates.Get(name).Render(context);
            context.ExitRecursive(callerContext!);
            return direct ? null : new RawHtml(text);
        }
        finally
        {
            context.PopLocal();
            context.PopGlobal();
            context.PopOutput();
            html?.ReturnPartial();
        }
    }

    // "partials/NAME" for the few names a theme uses, made once instead of on every call.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    private string PathOf(string name) => _paths.GetOrAdd(name, static n => "partials/" + n);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
