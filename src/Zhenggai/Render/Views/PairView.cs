namespace Zhenggai.Render.Views;

/// <summary>One measure beside the result reported for it: both start with the same printed marker.</summary>
public sealed record PairView(string Marker, IReadOnlyList<BlockView> Measure, IReadOnlyList<BlockView> Result);
