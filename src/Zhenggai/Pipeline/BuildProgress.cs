namespace Zhenggai.Pipeline;

/// <summary>
/// How far a build has got, for progress displays: <paramref name="Done"/> of <paramref name="Total"/>
/// steps of <paramref name="Phase"/>. The pipeline reports each module as a step; a module with
/// many items (rendering every page) reports its items in between, so Done/Total is the share of
/// the phase, not a count with one fixed unit.
/// </summary>
public readonly record struct BuildProgress(BuildPhase Phase, int Done, int Total);
