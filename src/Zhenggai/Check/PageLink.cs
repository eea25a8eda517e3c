namespace Zhenggai.Check;

/// <summary>One address a page refers to: the element and attribute holding it, its value as written, and the element's rel.</summary>
public readonly record struct PageLink(string Element, string Attribute, string Value, string? Rel);
