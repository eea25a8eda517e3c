namespace Zhenggai.Render.Views;

/// <summary>
/// One month of the timeline (Id <c>m-2024-06</c>), or the undated 立行立改 / 长期坚持 groups.
/// Continued: the month began on an earlier page, and these are the rest of its items.
/// </summary>
public sealed record TimelineGroup(string Id, string Heading, string? Month, IReadOnlyList<CommitmentView> Items, bool Continued = false);
