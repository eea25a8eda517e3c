namespace Zhenggai.Render.Views;

/// <summary>A &lt;meta name content&gt; pair; empty values are never emitted.</summary>
public sealed record MetaTag(string Name, string Content);
