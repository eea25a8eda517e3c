namespace Zhenggai.Check;

/// <summary>What <see cref="HtmlTagScanner"/> reports of each start tag: its name, then its attributes, then its end.</summary>
internal abstract class TagVisitor
{
    public abstract TagVisitor Begin(ReadOnlySpan<byte> name);

    /// <summary>One attribute, its value still encoded; false to give up on the page.</summary>
    public abstract bool Attribute(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value);

    public abstract void End();
}
