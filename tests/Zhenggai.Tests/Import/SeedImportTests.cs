using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Tests.Import;

public sealed class SeedImportTests
{
    private const string Seed000 = "seeds/000_6392ae6ae0acdf94.txt";
    private const string Seed002 = "seeds/002_fa07499f0b0f03df.txt";

    [Fact]
    public void The_two_seeds_hold_the_twenty_findings()
    {
        using var site = TempSite.FromRepo();
        var report = Imported.Run(site);

        Assert.Equal([1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16, 18, 19, 20, 22, 23, 25, 27], report.Findings.Select(f => f.Number));
        Assert.All(report.Documents, d => Assert.Equal(SourceShape.TableText, d.Shape));
        Assert.Equal([10, 25], report.Documents.Single(d => d.Path == Seed000).Findings.Select(f => f.Number));
        Assert.Equal(18, report.Documents.Single(d => d.Path == Seed002).Findings.Count);
        Assert.Equal(20, report.Created);
        Assert.Empty(report.Warnings);
        Assert.Equal(report.Findings.Select(f => f.RecordPath), Directory.GetFiles(site.PathOf("input/findings")).Select(f => "input/findings/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Seed000)]
    [InlineData(Seed002)]
    public void Every_character_of_a_seed_lands_in_exactly_one_record_field_in_order(string seed)
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var records = Imported.Records(site).Where(r => r.Source == seed).ToList();
        var kept = Conservation.KeptParagraphs(File.ReadAllText(site.PathOf(seed)), SourceShape.TableText);

        Assert.Null(Conservation.Check(kept, records, ordered: true));
        // The character count agrees too (one more per paragraph for its line end).
        Assert.Equal(kept.Sum(p => p.Text.Length + 1), records.Sum(r => new[] { r.Label, r.Problem, r.Target, r.Measures, r.Result, r.SourceNote }
            .Where(t => t is not null).Sum(t => t!.Length + 1)));
    }

    [Fact]
    public void The_conservation_check_catches_a_lost_a_moved_and_a_doubled_paragraph()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var records = Imported.Records(site).Where(r => r.Source == Seed002).ToList();
        var kept = Conservation.KeptParagraphs(File.ReadAllText(site.PathOf(Seed002)), SourceShape.TableText);
        Assert.Null(Conservation.Check(kept, records, ordered: true));

        var r13 = records.Single(r => r.Number == 13);
        var measures = r13.Measures.Split('\n');
        List<FindingRecord> With(FindingRecord changed) => records.Select(r => r.Number == 13 ? changed : r).ToList();

        var lost = r13 with { Measures = string.Join('\n', measures.Where((_, i) => i != 3)) };
        var moved = r13 with { Measures = string.Join('\n', measures[..^1]), Result = measures[^1] + "\n" + r13.Result };
        var doubled = r13 with { Result = r13.Result + "\n" + measures[0] };
        var swapped = r13 with { Target = r13.Measures, Measures = r13.Target };
        var cut = r13 with { Problem = r13.Problem[..^1] };
        var noted = r13 with { SourceNote = "第二轮吉林省生态环境保护督察反馈问题整改任务完成情况" };

        Assert.NotNull(Conservation.Check(kept, With(lost), ordered: true));
        Assert.NotNull(Conservation.Check(kept, With(moved), ordered: true));
        Assert.NotNull(Conservation.Check(kept, With(doubled), ordered: true));
        Assert.NotNull(Conservation.Check(kept, With(swapped), ordered: true));
        Assert.NotNull(Conservation.Check(kept, With(cut), ordered: true));
        Assert.NotNull(Conservation.Check(kept, With(noted), ordered: true));
        Assert.NotNull(Conservation.Check(kept, records.Where(r => r.Number != 27).ToList(), ordered: true));
    }

    [Fact]
    public void Noise_is_dropped_and_text_around_it_is_kept_verbatim()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var all = Imported.Records(site);
        var text = string.Join('\n', all.SelectMany(r => new[] { r.Label, r.Problem, r.Target, r.Measures, r.Result, r.SourceNote ?? "" }));
        Assert.DoesNotContain("[bookmark", text);
        Assert.DoesNotContain("\t", text);
        Assert.All(all.SelectMany(r => new[] { r.Problem, r.Target, r.Measures, r.Result }.SelectMany(t => t.Split('\n'))),
            p => Assert.Equal(p.Trim(), p));

        // Bookmarks in front of sub-items (002 lines 16 and 125) are gone, the sub-items are whole.
        Assert.Contains("\n（四）严格落实“一岗双责”，以十八部委", Imported.Record(site, 1).Result);
        Assert.Contains("\n1、已统一制定全区各级各类医疗机构医疗废物贮运登记表", Imported.Record(site, 13).Result);
        // Internal spaces stay as printed.
        Assert.Contains("严格落实河长巡河责任 ，加强河道断面水质巡查", Imported.Record(site, 4).Result);
        Assert.Contains("东新开河污水处理厂 2 家污水处理企业，综合采取 “四不两直” 明察暗访", Imported.Record(site, 10).Result);
        Assert.Contains("《产业结构调整指导目录\u2002(2024年本)》", Imported.Record(site, 2).Measures);
        // A paragraph with a stray leading space (002 line 9) keeps its text, not the space.
        Assert.Contains("\n（三）要把习近平生态文明思想纳入党委理论学习中心组学习的重要内容", Imported.Record(site, 1).Measures);
        // Trailing spaces (002 line 109) are layout.
        Assert.EndsWith("确保医疗废物得到及时、有效处置。", Imported.Record(site, 13).Target);
    }

    [Fact]
    public void Paragraphs_sub_items_and_department_headings_stay_one_paragraph_each()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);

        // A blank line inside a cell (002 line 151) does not end the cell.
        var r15 = Imported.Record(site, 15);
        Assert.Equal(4, r15.Measures.Split('\n').Length);
        Assert.StartsWith("（二）2024年12月底前，区农业农村局制定秸秆离田工作实施方案", r15.Measures.Split('\n')[1]);

        var r13 = Imported.Record(site, 13);
        Assert.Equal(["（一）", "（二）", "1.", "2.", "3.", "4.", "（三）", "加强", "1.", "2.", "3.", "4."],
            r13.Measures.Split('\n').Select(p => p.StartsWith("加强", StringComparison.Ordinal) ? "加强" : p[..(p[0] == '（' ? 3 : 2)]));
        Assert.Contains("\n（二）区卫健局：\n", r13.Result);
        Assert.Contains("\n（三）区生态环境分局：\n", r13.Result);

        var r22 = Imported.Record(site, 22);
        Assert.Equal(7, r22.Measures.Split('\n').Length);
        Assert.Contains("\n区住建局：将散煤治理工作与我区清洁取暖项目工作相结合", r22.Result);
        Assert.Single(Imported.Record(site, 11).Measures.Split('\n'));
    }

    [Fact]
    public void Labels_sources_and_the_report_title_are_recorded()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);

        var r27 = Imported.Record(site, 27);
        Assert.Equal("序号二十七", r27.Label);
        Assert.Equal(Seed002, r27.Source);
        Assert.Equal(243, r27.SourceLine);
        Assert.Equal("jilin-round2", r27.Report);
        var r10 = Imported.Record(site, 10);
        Assert.Equal((Seed000, 2, "序号十"), (r10.Source, r10.SourceLine, r10.Label));
        Assert.Equal(18, Imported.Record(site, 2).SourceLine); // " \t序号二" on line 18

        // Line 1 of 002, the report title, is outside any finding: kept as the first finding's source note.
        Assert.Equal("第二轮吉林省生态环境保护督察反馈问题整改任务完成情况", Imported.Record(site, 1).SourceNote);
        Assert.All(Imported.Records(site).Where(r => r.Number != 1), r => Assert.Null(r.SourceNote));
    }

    [Fact]
    public void Titles_are_the_first_sentence_of_the_problem()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        Assert.Equal("思想认识有待进一步提高", Imported.Record(site, 1).Title);
        Assert.Equal("矿产资源开发、矿山治理问题较多", Imported.Record(site, 25).Title);
        Assert.Equal("部分市、区黑土地保护措施落实不严格", Imported.Record(site, 27).Title);
        Assert.All(Imported.Records(site), r =>
        {
            Assert.StartsWith(r.Title + "。", r.Problem);
            Assert.DoesNotContain('。', r.Title);
        });
    }

    [Fact]
    public void Suggested_themes_read_right()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var expected = new Dictionary<int, string[]>
        {
            [1] = ["general"],          // 思想认识: attitude of officials, no environmental medium
            [2] = ["general"],          // 部门相互推诿 over phasing out an oil refinery: accountability, not a medium
            [4] = ["water"],            // 黑臭水体 returning in urban rivers
            [5] = ["general"],          // 秸秆综合利用: coordination and false statistics, no medium named
            [6] = ["soil"],             // 建筑垃圾 dumped in the open: solid waste belongs to 土壤
            [7] = ["water", "soil"],    // 畜禽粪污 piles polluting soil, groundwater and rivers
            [8] = ["air", "soil"],      // 汽修: open-air spray painting and odour; hazardous waste oil spilled
            [10] = ["water"],           // 污水处理厂 loads and influent quality
            [11] = ["water"],           // 雨污合流制管网 overflowing into rivers
            [13] = ["soil"],            // 医疗废物 storage and transfer: hazardous solid waste
            [14] = ["water"],           // 河长制 patrols and tributary water quality
            [15] = ["air"],             // 秸秆禁烧: open burning causing heavy pollution days
            [16] = ["air"],             // 非道路移动机械 exhaust
            [18] = ["air"],             // 机动车检验 of exhaust emissions
            [19] = ["air"],             // 扬尘 from concrete plants and building sites
            [20] = ["water"],           // 地下水 abstraction without permits
            [22] = ["air"],             // 散煤 burning and coal dust
            [23] = ["soil"],            // 违法占用土地堆砂 on farmland
            [25] = ["mines"],           // 矿山 restoration and land reclamation
            [27] = ["soil"],            // 黑土地 and cultivated topsoil protection
        };
        Assert.Equal(expected, Imported.Records(site).ToDictionary(r => r.Number, r => r.Themes.ToArray()));
    }

    [Fact]
    public void Suggested_statuses_claim_completion_only_where_the_result_says_so()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var completed = new Dictionary<int, string>
        {
            [11] = "现已完成相关建设任务",
            [15] = "已按省、市要求完成秸秆离田工作",
            [20] = "2024年开发区已完成英俊66kV输变电工程",
            [22] = "燃煤锅炉整治任务全面完成",
            [25] = "已如期完成矿山修复治理面积目标",
        };
        foreach (var r in Imported.Records(site))
        {
            Assert.Null(r.StatusText); // the seeds have no status column
            if (completed.TryGetValue(r.Number, out var evidence))
            {
                Assert.Equal(FindingStatus.Completed, r.Status);
                Assert.Contains(evidence, r.Result);
            }
            else
            {
                Assert.Equal(FindingStatus.Ongoing, r.Status);
            }
        }
    }

    [Fact]
    public void Importing_twice_gives_byte_identical_files_and_touches_none()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var f in Directory.GetFiles(site.PathOf("input/findings"))) File.SetLastWriteTimeUtc(f, old);
        var before = site.Snapshot();

        var second = Imported.Run(site);

        Assert.Equal(20, second.Unchanged);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void The_committed_records_are_what_the_seeds_import_to()
    {
        using var fresh = TempSite.FromRepo();
        Imported.Run(fresh);
        var committed = Path.Combine(TempSite.RepoRoot, "input", "findings");
        var expected = Directory.GetFiles(committed, "*.md").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
        var actual = Directory.GetFiles(fresh.PathOf("input/findings"), "*.md").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"input/findings/{name} differs from a fresh import of seeds/");

        using var withRecords = TempSite.FromRepo(withRecords: true);
        Assert.Equal(20, Imported.Run(withRecords, new ImportOptions { CheckOnly = true }).Unchanged);
    }

    [Fact]
    public void Records_load_in_the_record_store()
    {
        using var site = TempSite.FromRepo();
        Imported.Run(site);
        var records = RecordStore.Load(site.Root, Zhenggai.Settings.SettingsLoader.Load(site.Root));
        Assert.Equal(20, records.Count);
    }
}
