using Zhenggai.Records;

namespace Zhenggai.Bench.Generator;

/// <summary>
/// Makes synthetic findings whose shape follows the seed records: a problem of one or two long
/// paragraphs, a one-sentence target, numbered measures （一）（二）… often led by the
/// responsible department (「区住建局：」), and one result item per measure. Each finding draws
/// from its own random stream, so findings can be made in parallel and in any order.
/// </summary>
public sealed class FindingFactory
{
    public const string ReportId = "jilin-round2";

    private static readonly (string Key, int Weight)[] ThemeWeights =
        [("water", 30), ("air", 25), ("soil", 20), ("mines", 5), ("general", 20)];

    private static readonly (string Status, int Weight)[] StatusWeights =
        [(FindingStatus.Completed, 55), (FindingStatus.BasicallyCompleted, 10), (FindingStatus.OnSchedule, 15),
         (FindingStatus.Ongoing, 15), (FindingStatus.NotCompleted, 5)];

    // How many measures a finding has, as counted in the seed records (most 2–5, a few a dozen).
    private static readonly (int Count, int Weight)[] MeasureCounts =
        [(1, 10), (2, 25), (3, 25), (4, 15), (5, 15), (7, 5), (12, 5)];

    private static readonly string[] Units =
        ["区生态环境分局", "区住建局", "区城管执法局", "区农业农村局", "区水利局", "区自然资源分局", "二道经济开发区",
         "英俊镇", "劝农山镇", "区卫健局", "区市场监管局", "区交通运输局", "区发改局", "区工信局", "东站街道"];

    private readonly SentencePool _pool;
    private readonly ulong _seed;

    public FindingFactory(SentencePool pool, ulong seed)
    {
        _pool = pool;
        _seed = seed;
    }

    public FindingRecord Make(int number)
    {
        var random = new SplitMix64(_seed ^ ((ulong)number * 0xD1B54A32D192ED03UL));
        var problem = _pool.Text(random, random.Between(170, 420));
        if (random.Chance(20)) problem += "\n" + _pool.Text(random, random.Between(100, 250));
        var title = FirstClause(problem);

        var themes = new List<string> { random.Weighted(ThemeWeights) };
        if (random.Chance(25))
        {
            var second = random.Weighted(ThemeWeights);
            if (second != themes[0]) themes.Add(second);
        }
        themes.Sort(StringComparer.Ordinal);

        var itemCount = random.Weighted(MeasureCounts);
        var units = new SortedSet<string>(StringComparer.Ordinal);
        var deadlines = new List<Commitment>();
        var measures = new List<string>();
        var results = new List<string>();
        for (var i = 1; i <= itemCount; i++)
        {
            var marker = "（" + ChineseNumber.Format(i) + "）";
            var lead = "";
            if (random.Chance(40))
            {
                var unit = random.Pick(Units);
                units.Add(unit);
                lead = unit + "：";
            }
            var measure = _pool.Text(random, random.Between(50, 130));
            if (random.Chance(30))
            {
                var year = random.Between(2023, 2026);
                var month = random.Between(1, 12);
                var due = $"{year}年{month}月底前";
                measure += due + "完成。";
                deadlines.Add(new Commitment(marker, due, $"{year:0000}-{month:00}", "dated"));
            }
            measures.Add(marker + lead + measure);
            results.Add(marker + lead + _pool.Text(random, random.Between(50, 180)));
        }

        return new FindingRecord
        {
            Number = number,
            Label = "序号" + ChineseNumber.Format(number),
            Title = title,
            Themes = themes,
            Status = random.Weighted(StatusWeights),
            Report = ReportId,
            Source = "seeds/synthetic.txt",
            SourceLine = number * 7,
            Updated = "2025-03-31",
            Units = units.ToList(),
            Deadlines = deadlines,
            Problem = problem,
            Target = _pool.Text(random, random.Between(20, 90)),
            Measures = string.Join('\n', measures),
            Result = string.Join('\n', results),
        };
    }

    /// <summary>Titles in the real records are the problem's opening clause (「思想认识有待进一步提高」).</summary>
    private static string FirstClause(string problem)
    {
        var cut = problem.IndexOfAny(['，', '。', '；', '：']);
        var clause = cut < 0 ? problem : problem[..cut];
        return clause.Length <= 30 ? clause : clause[..30];
    }
}
