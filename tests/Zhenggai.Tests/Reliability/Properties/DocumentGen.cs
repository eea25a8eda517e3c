using CsCheck;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>CsCheck generators for source documents in every shape the importer reads.</summary>
internal static class DocumentGen
{
    private static Gen<string> Pick(string[] words) => Gen.Int[0, words.Length - 1].Select(i => words[i]);

    /// <summary>One paragraph of official text: an optional sub-item number and department, one to three phrases.</summary>
    public static readonly Gen<string> Paragraph = Gen.Frequency(
        (12, Gen.Select(
            Pick(OfficialText.SubItems),
            Pick(OfficialText.Departments),
            Gen.Int[0, OfficialText.Phrases.Length - 1].Array[1, 3],
            Pick(OfficialText.Joiners),
            Pick(OfficialText.Enders),
            (sub, dept, phrases, joiner, end) => sub + dept + string.Join(joiner, phrases.Select(i => OfficialText.Phrases[i])) + end)),
        (1, Pick(OfficialText.DepartmentLines)));

    private static readonly Gen<string[]> Trailer = Gen.Frequency(
        (4, Gen.Const(Array.Empty<string>())),
        (1, Gen.Select(Pick(OfficialText.NoticeOpeners), Pick(OfficialText.NoticeLines).Array[0, 2], (first, rest) => (string[])[first, .. rest])));

    private static Gen<string?> Optional(string[] words) => Gen.Int[-1, words.Length - 1].Select(i => i < 0 ? null : words[i]);

    public static readonly Gen<GeneratedFinding> Finding = Gen.Select(
        Gen.Select(Gen.Int[0, DocumentWriter.NumberForms - 1], Paragraph.Array[1, 3], Paragraph.Array[1, 2], Paragraph.Array[1, 4], Paragraph.Array[1, 4]),
        Gen.Select(Pick(OfficialText.Units).Array[0, 2], Optional(OfficialText.Deadlines), Optional(OfficialText.Statuses), Trailer),
        Gen.Select(Gen.Int[0, 99], Gen.Int[0, 3], Gen.Bool),
        (a, b, c) => new GeneratedFinding(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, b.Item1, b.Item2, b.Item3, b.Item4, c.Item1, c.Item2, c.Item3));

    public static readonly Gen<GeneratedDocument> Document =
        from shape in Gen.Enum<GeneratedShape>()
        from count in Gen.Int[1, 4]
        from first in Gen.Int[1, 60]
        from steps in Gen.Int[1, 40].Array[count]
        from findings in Finding.Array[count]
        from preamble in Pick(OfficialText.Preambles).Array[0, 2]
        from header in Gen.Bool
        from counters in Gen.Bool
        from noise in Gen.Byte.Array[0, 64]
        from lineEnd in Gen.Int[0, 3]
        from encoding in Gen.Int[0, 4]
        select new GeneratedDocument(shape, preamble, header, counters, Numbers(first, steps), findings, noise, lineEnd, encoding);

    private static int[] Numbers(int first, int[] steps)
    {
        var numbers = new int[steps.Length];
        var n = first;
        for (var i = 0; i < steps.Length; i++)
        {
            numbers[i] = n;
            n += steps[i];
        }
        return numbers;
    }
}
