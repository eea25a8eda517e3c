using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

/// <summary>
/// Data-driven: each folder under Fixtures/ holds an <c>input.txt</c> and the records it must
/// import to (<c>expected/NNN.md</c>, byte for byte) plus <c>expected/shape.txt</c> naming the
/// shape it must be read as. Add a folder to add a case.
/// </summary>
public sealed class ShapeFixtureTests
{
    private static string FixturesFolder => Path.Combine(TempSite.RepoRoot, "tests", "Zhenggai.Tests", "Import", "Fixtures");

    private static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(FixturesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void There_is_a_fixture_for_each_other_shape()
    {
        var shapes = CaseNames().Select(c => File.ReadAllText(Path.Combine(FixturesFolder, c, "expected", "shape.txt")).Trim()).ToHashSet();
        Assert.Superset(new HashSet<string> { nameof(SourceShape.LabelLines), nameof(SourceShape.HeadedSections), nameof(SourceShape.AlternatingLabels) }, shapes);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_imports_to_its_expected_records(string name)
    {
        using var site = TempSite.WithSettings();
        var folder = Path.Combine(FixturesFolder, name);
        var source = $"seeds/{name}.txt";
        site.Write(source, File.ReadAllBytes(Path.Combine(folder, "input.txt")));

        var report = Imported.Run(site);

        Assert.Equal(File.ReadAllText(Path.Combine(folder, "expected", "shape.txt")).Trim(), report.Documents.Single().Shape.ToString());
        var expected = Directory.GetFiles(Path.Combine(folder, "expected"), "*.md").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        var actual = Directory.GetFiles(site.PathOf("input/findings"), "*.md").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, text) in expected)
            Assert.Equal(text, actual[file]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_character_of_a_fixture_lands_in_exactly_one_record_field(string name)
    {
        using var site = TempSite.WithSettings();
        var source = $"seeds/{name}.txt";
        var text = File.ReadAllText(Path.Combine(FixturesFolder, name, "input.txt"));
        site.Write(source, text);

        var shape = Imported.Run(site).Documents.Single().Shape;
        var kept = Conservation.KeptParagraphs(text, shape);

        Assert.Null(Conservation.Check(kept, Imported.Records(site), ordered: shape == SourceShape.TableText));
    }

    [Fact]
    public void The_conservation_check_catches_text_moved_between_labelled_parts()
    {
        using var site = TempSite.WithSettings();
        const string name = "shape-a-label-lines";
        var text = File.ReadAllText(Path.Combine(FixturesFolder, name, "input.txt"));
        site.Write($"seeds/{name}.txt", text);
        var shape = Imported.Run(site).Documents.Single().Shape;
        var kept = Conservation.KeptParagraphs(text, shape);
        var records = Imported.Records(site);
        Assert.Null(Conservation.Check(kept, records, ordered: false));

        var r14 = records.Single(r => r.Number == 14);
        var measures = r14.Measures.Split('\n');
        var moved = r14 with { Measures = string.Join('\n', measures[..^1]), Result = measures[^1] + "\n" + r14.Result };
        var unitsAsNote = r14 with { UnitsText = null, SourceNote = r14.SourceNote + "\n" + r14.UnitsText };
        Assert.NotNull(Conservation.Check(kept, records.Select(r => r.Number == 14 ? moved : r).ToList(), ordered: false));
        Assert.NotNull(Conservation.Check(kept, records.Select(r => r.Number == 14 ? unitsAsNote : r).ToList(), ordered: false));
    }
}
