namespace Zhenggai.Render.Views;

/// <summary>
/// The ready-to-paste citation of a finding page. Text is one line of plain text; Address is
/// absolute when the site has a Host, otherwise the site-root address (and IsAbsolute false).
/// </summary>
public sealed record CitationView(string Text, string Address, bool IsAbsolute);
