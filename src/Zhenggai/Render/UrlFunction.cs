using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zhenggai.Render;

/// <summary>
/// The templates' <c>url("findings/25/")</c>: a site-root address as a link from the page being
/// rendered. A plain Scriban function object: importing a C# delegate instead costs reflection
/// on every page and every call, which showed up as a large share of rendering time.
/// </summary>
internal sealed class UrlFunction : IScriptCustomFunction
{
    private readonly Func<string, string> _resolve;

    public UrlFunction(Func<string, string> resolve) => _resolve = resolve;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "target");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"url takes one address, not {arguments.Count}");
        var target = arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? "";
        return _resolve(target);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
