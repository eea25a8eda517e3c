using System.Text.Json.Nodes;
using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The builder (C#, generated table) and the client (browser normalize()) must fold and classify
/// every code point alike, or a query could miss text the index holds.
/// </summary>
public class SearchFoldingTests
{
    [Fact]
    public void Csharp_and_javascript_fold_and_classify_every_code_point_alike()
    {
        var report = NodeHarness.Run(new { fold = true });
        var jsMapped = report["mapped"]!.AsArray()
            .ToDictionary(m => (int)m![0]!, m => m!.AsArray().Skip(1).Select(x => (int)x!).ToArray());
        var differences = new List<string>();
        var cps = new List<int>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            cps.Clear();
            SearchText.AppendFolded(cp, cps);
            var js = jsMapped.TryGetValue(cp, out var m) ? m : [cp];
            if (!cps.SequenceEqual(js) && differences.Count < 20) differences.Add($"U+{cp:X4}: C# {string.Join(' ', cps)} JS {string.Join(' ', js)}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));

        var ranges = report["classes"]!.AsArray().Select(r => ((int)r![0]!, (byte)(int)r[1]!)).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            var end = i + 1 < ranges.Count ? ranges[i + 1].Item1 : 0x110000;
            for (var cp = ranges[i].Item1; cp < end; cp++)
                if (cp is < 0xD800 or > 0xDFFF)
                    Assert.True(SearchText.Classify(cp) == ranges[i].Item2, $"U+{cp:X4}: C# {SearchText.Classify(cp)} JS {ranges[i].Item2}");
        }
    }

    [Theory]
    [InlineData("ＣＯＤ", "cod")]
    [InlineData("（一）", "(一)")]
    [InlineData("１０００ｍ３／ｄ", "1000m3/d")]
    [InlineData("污水\u200B处理", "污水处理")]
    [InlineData("㎡", "m2")]
    [InlineData("秸秆", "秸秆")]
    public void Folding_maps_width_case_and_compatibility_forms(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));
}
