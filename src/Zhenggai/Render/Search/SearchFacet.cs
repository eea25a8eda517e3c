namespace Zhenggai.Render.Search;

/// <summary>A filter value: a theme or a status, with the stable key used in addresses and the label shown.</summary>
public sealed record SearchFacet(string Key, string Label);
