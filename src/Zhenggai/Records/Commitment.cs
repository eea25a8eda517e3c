namespace Zhenggai.Records;

/// <summary>
/// A dated promise found in a measure, for example 「2024年6月底前」.
/// </summary>
/// <param name="Measure">The measure's printed markers from the top level down, for example （二） or （二）1., empty for an unnumbered measure, or 整改目标 when the deadline is stated in the target.</param>
/// <param name="Text">The wording exactly as in the source (「2024年6月底前」, 「立行立改」, 「长期坚持」).</param>
/// <param name="Due">The deadline as yyyy-MM (end of that month), or null for 立行立改/长期坚持.</param>
/// <param name="Kind">dated, immediate (立行立改) or ongoing (长期坚持).</param>
public sealed record Commitment(string Measure, string Text, string? Due, string Kind);
