namespace Zhenggai.Render.Views;

/// <summary>The search form's choices: every theme and status, so filters work even before the index loads.</summary>
public sealed record SearchPageView(IReadOnlyList<ThemeRef> Themes, IReadOnlyList<CountLink> Statuses);
