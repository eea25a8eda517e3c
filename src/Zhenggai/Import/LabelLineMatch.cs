namespace Zhenggai.Import;

/// <summary>A section-opening line: the label, the text after it on the same line (maybe empty), and how it was written.</summary>
/// <param name="Numbered">The label had heading numbering in front (「一、整改任务内容」).</param>
/// <param name="Colon">The label was followed by a colon (「整改目标：」).</param>
public sealed record LabelLineMatch(StructureLabel Label, string Rest, bool Numbered, bool Colon);
