namespace Zhenggai.Render.Views;

/// <summary>A labelled count that links to the list it counts (a theme, a status view); Current marks the view being shown.</summary>
public sealed record CountLink(string Key, string Label, int Count, string Url, string Mark = "", bool Current = false);
