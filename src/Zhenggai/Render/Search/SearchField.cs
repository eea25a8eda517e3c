namespace Zhenggai.Render.Search;

/// <summary>One searched part of a finding.</summary>
/// <param name="Label">The heading shown before an excerpt, for example 「完成情况」.</param>
/// <param name="Anchor">The part's id on the finding page (problem, target, measures, result), so a result can link to it; may be empty.</param>
/// <param name="Text">The official text, verbatim, paragraphs separated by '\n'.</param>
public sealed record SearchField(string Label, string Anchor, string Text);
