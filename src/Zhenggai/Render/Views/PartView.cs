namespace Zhenggai.Render.Views;

/// <summary>One of the four parts on a finding page: its fixed anchor id, Chinese heading and blocks.</summary>
public sealed record PartView(string Id, string Heading, IReadOnlyList<BlockView> Blocks);
