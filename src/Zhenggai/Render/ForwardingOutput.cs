using Scriban.Runtime;

namespace Zhenggai.Render;

/// <summary>
/// Passes a partial's writes on to the output of the template that called it, for a partial whose
/// markup is written where it is called (see <see cref="PartialFunction"/>). Its text is always
/// empty, so Template.Render has nothing to copy out of it.
/// </summary>
internal sealed class ForwardingOutput : IScriptOutput
{
    private IScriptOutput? _target;

    /// <summary>Points this output at <paramref name="target"/> (it is kept per nesting depth and reused).</summary>
    public ForwardingOutput To(IScriptOutput target)
    {
        _target = target;
        return this;
    }

    public void Write(string text, int offset, int count) => _target!.Write(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
        _target!.WriteAsync(text, offset, count, cancellationToken);

    public override string ToString() => "";
}
