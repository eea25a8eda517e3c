using CsCheck;
using Zhenggai.Records;
using Zhenggai.Render;
using Zhenggai.Render.Pages;
using Zhenggai.Settings;

namespace Zhenggai.Tests.Render;

/// <summary>The list pages' positions agree with filtering the records themselves, as the pages did before.</summary>
public sealed class ListRowsTests
{
    private static readonly SiteSettings Settings = new();
    private static readonly string[] Keys = Settings.Themes.Select(t => t.Key).ToArray();

    // Only the known statuses: the record check refuses any other before pages are made.
    private static readonly Gen<string> Status = Gen.OneOf<string>([.. FindingStatus.All]);

    // Themes as records may carry them: in any order, a key named twice, a key the settings do not have.
    private static readonly Gen<string[]> Themes = Gen.OneOf<string>([.. Keys, "unknown"]).Array[0, 4];

    private static readonly Gen<List<FindingRecord>> Records =
        Gen.Select(Status, Themes).Array[0, 60].Select(items => items.Select((x, i) => Record(i + 1, x.Item1, x.Item2)).ToList());

    [Fact]
    public void Themes_statuses_counts_and_rows_match_the_records()
    {
        var views = new SiteViews(Settings);
        Records.Sample(records =>
        {
            var rows = ListRows.Of(views, records, Keys);
            var all = Enumerable.Range(0, records.Count).ToArray();
            for (var t = 0; t < Keys.Length; t++)
            {
                var expected = all.Where(i => records[i].Themes.Contains(Keys[t])).ToArray();
                Assert.Equal(expected, rows.InTheme(t));
                foreach (var list in new[] { all, expected })
                {
                    Assert.Equal(FindingStatus.All.Select(s => list.Count(i => records[i].Status == s)), rows.CountByStatus(list));
                    for (var s = 0; s < FindingStatus.All.Count; s++)
                        Assert.Equal(list.Where(i => records[i].Status == FindingStatus.All[s]), rows.WithStatus(list, s));
                }
            }
            var start = records.Count / 3;
            Assert.Equal(all.Skip(start).Take(7).Select(i => records[i].Number), rows.Rows(all, start, Math.Min(7, records.Count - start)).Select(r => r.Number));
        }, iter: 500);
    }

    private static FindingRecord Record(int number, string status, string[] themes) => new()
    {
        Number = number,
        Label = $"序号{number}",
        Title = $"问题{number}",
        Themes = themes,
        Status = status,
        Report = "r",
        Source = "seeds/x.txt",
        Problem = "问题",
        Target = "目标",
        Measures = "措施",
        Result = "情况",
    };
}
