using System.Text.Json.Nodes;
using Zhenggai.Render.Search;

namespace Zhenggai.Tests.Search;

/// <summary>
/// The real client (search.js under Node) against the index built from the real seed findings:
/// every query's result list must equal brute-force substring search — same documents, same hit
/// counts, same ranking — with tokens inline in buckets and with every token in files of its own.
/// </summary>
public class SearchExactnessTests
{
    /// <summary>The queries the issue names, whose answer must also equal a plain unfolded substring search.</summary>
    private static readonly string[] IssueQueries =
        ["秸秆", "河长", "扬尘", "黑土地", "非道路移动机械", "污水处理厂", "镇", "COD", "2024", "污水 英俊", "秸秆 2024年"];

    /// <summary>More shapes: mixed scripts, punctuation, full-width letters, a number run, words that miss.</summary>
    private static readonly string[] MoreQueries =
        ["英俊镇", "cod浓度", "ＣＯＤ", "2024年6月底前", "（EOD模式）", "mg/L", "黑土 土地", "生态环境 保护 责任", "“散乱污”", "污水处理厂 黑土地", "不存在的词语", "20"];

    /// <summary>Phrase tokens on: the seed's frequent phrases answer from counts. Off: every phrase is proved by pairs.</summary>
    private static readonly string[] PhraseQueries =
        ["生态环境", "环境保护", "生态环境保护", "整改措施", "督察整改", "黑土地保护利用", "生态环境保护督察整改工作", "污水处理厂提标改造"];

    public static TheoryData<int, int, int, int> Layouts => new()
    {
        { 64, 2048, 1024, 65536 }, // small tokens inline in buckets, frequent phrases as tokens
        { 64, 16384, 1024, 65536 }, // the defaults' limits: nearly every token inline on a site this small
        { 4, 64, 1024, 65536 },    // nearly every token's positions in an x/ file of its own, its counts inline
        { 4, 64, 1024, 0 },        // nearly every token in c/ and x/ files of its own
        { 4, 64, 0, 0 },           // no phrase tokens: every longer phrase proved by positions
        { 4, 64, 3, 0 },           // a budget smaller than the frequent phrases
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_query_returns_exactly_the_substring_matches_in_ranking_order(int partitions, int largeEntryBytes, int phraseBudget, int inlineCountsBytes)
    {
        var docs = SeedSearchDocuments.All;
        Assert.True(docs.Count >= 20, $"expected the 20 seed findings, found {docs.Count}");
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions, largeEntryBytes, phraseBudget, inlineCountsBytes));
        var queries = IssueQueries.Concat(MoreQueries).Concat(PhraseQueries).ToList();
        var answers = NodeHarness.Query(index.Root, queries.Select(q => (q, "", "")));

        var failures = new List<string>();
        foreach (var answer in answers)
        {
            var expected = SearchOracle.Expected(docs, answer.Query);
            if (!expected.SequenceEqual(answer.Results))
                failures.Add($"{answer.Query}: expected [{Show(expected)}] got [{Show(answer.Results)}]");
            if (answer.Total != expected.Count) failures.Add($"{answer.Query}: total {answer.Total}, expected {expected.Count}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        if (largeEntryBytes == 64)
        {
            bool Proved(string q) => answers.Single(a => a.Query == q).Fetched.Any(f => f.StartsWith("x/", StringComparison.Ordinal));
            // A three-character word is answered by its own counts; longer ones by positions unless they are phrase tokens.
            Assert.False(Proved("黑土地"));
            Assert.True(Proved("生态环境保护督察整改工作"));
            // Its large pairs are found in large.json, not in their buckets.
            Assert.Contains("large.json", answers.Single(a => a.Query == "生态环境保护督察整改工作").Fetched);
            if (phraseBudget != 3) Assert.Equal(phraseBudget == 0, Proved("生态环境"));
            if (phraseBudget == 0) Assert.True(Proved("污水处理厂"));
            if (phraseBudget == 1024) Assert.False(Proved("非道路移动机械"));
        }
        // A one-token query reads its counts from its bucket, in one round, unless they are too large to inline there.
        Assert.Equal(inlineCountsBytes == 0, answers.Any(a => a.Fetched.Any(f => f.StartsWith("c/", StringComparison.Ordinal))));
        if (inlineCountsBytes == 65536)
            foreach (var q in new[] { "秸秆", "黑土地", "镇", "COD", "2024", "生态环境" })
                Assert.True(answers.Single(a => a.Query == q).Fetched.Select(f => f.StartsWith("k/", StringComparison.Ordinal) ? "k/" : f).SequenceEqual(["meta.json", "k/"]),
                    q + ": " + string.Join(" ", answers.Single(a => a.Query == q).Fetched));
        // Counts too large for a bucket are in a c/ file that meta.json names: read at once, without the bucket.
        if (inlineCountsBytes == 0 && largeEntryBytes == 64)
        {
            Assert.Contains(answers.Single(a => a.Query == "秸秆").Fetched, f => f.StartsWith("c/", StringComparison.Ordinal));
            foreach (var q in new[] { "秸秆", "河长", "扬尘", "黑土地", "镇", "COD", "2024" })
            {
                var fetched = answers.Single(a => a.Query == q).Fetched;
                if (fetched.Any(f => f.StartsWith("c/", StringComparison.Ordinal)))
                    Assert.True(fetched.Select(f => f.StartsWith("c/", StringComparison.Ordinal) ? "c/" : f).SequenceEqual(["meta.json", "c/"]), q + ": " + string.Join(" ", fetched));
            }
        }
        // Every query needs the bucket round, then (at most) positions, then the shown findings' own files.
        Assert.All(answers, a => Assert.DoesNotContain(a.Fetched, f => f.StartsWith("d/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Characters_outside_the_BMP_are_found_alone_in_pairs_and_in_triples()
    {
        // The spill writes BMP code points as two bytes and any token with one outside the BMP by its key:
        // single characters, pairs with positions and triples, in the title and the body, at several partitions.
        SearchDocument Doc(int n, string text, string title = "标题") =>
            new(n, $"序号{n}", title, ["soil"], "completed", $"findings/{n}/", [new SearchField("问题", "problem", text)]);
        var docs = new[]
        {
            Doc(1, "与\U00020000字，\U00020000\U00020001\U00020000。"),
            Doc(2, "字\U00020000与\U00020000字", title: "\U00020000字标题"),
            Doc(3, "\U0002A6D6\U00020000\U00020001，与字"),
            Doc(4, "与字\U00020000 \U00020001"),
        };
        foreach (var partitions in new[] { 1, 4 })
        {
            using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: partitions, largeEntryBytes: 64));
            var queries = new[] { "\U00020000", "\U00020000字", "与\U00020000字", "\U00020000\U00020001", "\U00020000\U00020001\U00020000", "\U0002A6D6\U00020000", "字\U00020000", "与字", "\U00020001" };
            var answers = NodeHarness.Query(index.Root, queries.Select(q => (q, "", "")));
            foreach (var answer in answers)
                Assert.Equal(SearchOracle.Expected(docs, answer.Query), answer.Results);
            Assert.Equal(4, answers.Single(a => a.Query == "\U00020000").Results.Count);
        }
    }

    [Fact]
    public void Phrase_tokens_count_every_occurrence_including_overlapping_ones_and_those_after_the_sample()
    {
        SearchDocument Doc(int n, string text, string title = "标题") =>
            new(n, $"序号{n}", title, ["soil"], "completed", $"findings/{n}/", [new SearchField("问题", "problem", text), new SearchField("完成情况", "result", "已完成。")]);
        var docs = new[]
        {
            Doc(1, "加强生态环境保护，环境环境环。"),
            Doc(2, "生态环境保护督察。环境环境环境环境"),
            Doc(3, "生态环境", title: "生态环境保护"),  // after the sample: counted all the same
            Doc(4, "生态 环境，生态\n环境，生态环"),      // broken by a space, punctuation, a line break, the end
            Doc(5, "ＣＯＤ生态环境保护区生态环境保护"),
            Doc(6, "态环境保护"),
        };
        // A sample of the first two documents: the n-grams both of them hold become phrase tokens.
        var options = SeedSearchDocuments.Options(partitions: 2, largeEntryBytes: 64) with { PhraseSampleCharacters = 30 };
        using var index = new SearchIndexFolder(docs, options);
        var tokens = index.Files.Where(f => f.Path.StartsWith("search/k/", StringComparison.Ordinal))
            .SelectMany(f => JsonNode.Parse(f.Content)!.AsObject().Select(kv => kv.Key)).ToHashSet();
        Assert.Superset(new HashSet<string> { "生态环境", "环境环境", "生态环境保护", "环境保护", "环境环境环", "态环境保护" }, tokens);
        Assert.DoesNotContain("环境环境环境", tokens);
        Assert.DoesNotContain("生态环境保护督察", tokens);
        Assert.DoesNotContain("加强生态", tokens);
        var meta = JsonNode.Parse(index.Files.Single(f => f.Path == "search/meta.json").Content)!;
        Assert.Equal(6, (int)meta["phraseMax"]!);
        // meta.json lists every phrase token, so the client knows a word to be one, or not, before reading any bucket.
        Assert.Equal(tokens.Where(t => meta["phrases"]!.AsObject().ContainsKey(t)).Order(StringComparer.Ordinal), meta["phrases"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "生态环境", "生态环境保护", "态环境保护" }, meta["phrases"]!.AsObject().Select(p => p.Key).ToHashSet());

        var queries = new[] { "生态环境", "环境环境", "环境环境环境", "生态环境保护", "态环境保护", "生态环境保护督察", "环境保护", "生态", "生态 保护", "加强生态" };
        var answers = NodeHarness.Query(index.Root, queries.Select(q => (q, "", "")));
        foreach (var answer in answers)
            Assert.Equal(SearchOracle.Expected(docs, answer.Query), answer.Results);
        Assert.Equal([2, 1], answers.Single(a => a.Query == "环境环境").Results.Select(r => r.Number));
        Assert.Equal(3, answers.Single(a => a.Query == "环境环境").Results[0].Hits);
        Assert.Equal([3, 5, 1, 2], answers.Single(a => a.Query == "生态环境保护").Results.Select(r => r.Number));
    }

    [Fact]
    public void A_long_word_over_common_pairs_is_proved_by_the_positions_of_the_phrases_inside_it()
    {
        // Enough text that the pairs' positions are worth replacing: 生态 and 整改 thousands of times over.
        var shapes = new[] { "生态环境保护督察整改工作。", "生态环境保护督察，整改工作。", "整改工作生态环境保护督察。", "督察整改工作。生态环境。" };
        var docs = Enumerable.Range(1, 240).Select(n => new SearchDocument(n, $"序号{n}", n % 7 == 0 ? "生态环境保护督察整改工作" : "标题", ["soil"], "completed",
            $"findings/{n}/", [new SearchField("问题", "problem", string.Concat(Enumerable.Range(0, 60).Select(k => shapes[(n * 31 + k * k) % (n % 5 == 0 ? 3 : 4)])))])).ToList();
        var queries = new[] { "生态环境保护督察整改工作", "环境保护督察整改", "保护督察，整改", "督察整改工作生态环境", "态环境保护督察整" };
        long PositionBytes(SearchIndexFolder index, NodeHarness.Answer answer) =>
            answer.Fetched.Where(f => f.StartsWith("x/", StringComparison.Ordinal)).Sum(f => (long)index.Files.Single(x => x.Path == "search/" + f).Content.Length);

        using var withPhrases = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: 4));
        using var without = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: 4, phraseBudget: 0));
        var answers = NodeHarness.Query(withPhrases.Root, queries.Select(q => (q, "", "")));
        var pairsOnly = NodeHarness.Query(without.Root, queries.Select(q => (q, "", "")));
        for (var i = 0; i < queries.Length; i++)
        {
            var expected = SearchOracle.Expected(docs, queries[i]);
            Assert.Equal(expected, answers[i].Results);
            Assert.Equal(expected, pairsOnly[i].Results);
        }
        var whole = answers[0];
        Assert.NotEmpty(whole.Results);
        // The phrases inside it are planned from meta.json's list, which no other file repeats.
        Assert.DoesNotContain(withPhrases.Files, f => f.Path == "search/phrases.json");
        Assert.True(PositionBytes(withPhrases, whole) * 2 < PositionBytes(without, pairsOnly[0]),
            $"phrases: {PositionBytes(withPhrases, whole)} bytes of positions, pairs alone: {PositionBytes(without, pairsOnly[0])}");
    }

    [Fact]
    public void The_issue_queries_equal_plain_substring_search_and_find_something()
    {
        var docs = SeedSearchDocuments.All;
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options());
        var answers = NodeHarness.Query(index.Root, IssueQueries.Select(q => (q, "", "")));
        foreach (var answer in answers)
        {
            var plain = SearchOracle.PlainSubstring(docs, answer.Query);
            Assert.NotEmpty(plain);
            Assert.Equal(plain, new SortedSet<int>(answer.Results.Select(r => r.Number)));
        }
    }

    [Fact]
    public void A_query_is_found_only_where_it_stands_whole()
    {
        SearchDocument Doc(int n, string text) =>
            new(n, $"序号{n}", $"标题{n}", ["soil"], "completed", $"findings/{n}/", [new SearchField("问题", "problem", text)]);
        var docs = new[]
        {
            Doc(1, "保护黑土地。"),
            Doc(2, "黑土资源，土地整治。"),           // both pairs of 黑土地, never together
            Doc(3, "黑土土地"),                       // both pairs, adjacent the wrong way
            Doc(4, "CODE 与 cod：2024 年，12024 件"), // cod and 2024 whole, once each
            Doc(5, "codex 20245"),                    // neither cod nor 2024 whole
            Doc(6, "非道路 移动机械"),                // a space breaks the phrase
            Doc(7, "ＣＯＤ浓度"),                     // full-width letters fold to cod
        };
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: 2, largeEntryBytes: 64));
        var answers = NodeHarness.Query(index.Root, new[] { "黑土地", "cod", "2024", "非道路移动机械", "COD浓度", "土" }.Select(q => (q, "", "")));
        Assert.Equal([1], answers[0].Results.Select(r => r.Number));
        Assert.Equal([4, 7], answers[1].Results.Select(r => r.Number).Order());
        Assert.Equal([4], answers[2].Results.Select(r => r.Number));
        Assert.Empty(answers[3].Results);
        Assert.Equal([7], answers[4].Results.Select(r => r.Number));
        Assert.Equal([1, 2, 3], answers[5].Results.Select(r => r.Number).Order());
        Assert.Equal(2, answers[5].Results.Single(r => r.Number == 3).Hits);
    }

    [Fact]
    public void Filters_work_alone_and_with_a_query()
    {
        var docs = SeedSearchDocuments.All;
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options());
        var cases = new (string Q, string Theme, string Status)[]
        {
            ("", "water", ""), ("", "", "completed"), ("", "air", "ongoing"), ("污水", "water", ""),
            ("秸秆", "", "on-schedule"), ("环境", "soil", "completed"), ("", "no-such-theme", ""),
        };
        var answers = NodeHarness.Query(index.Root, cases);
        for (var i = 0; i < cases.Length; i++)
        {
            var (q, theme, status) = cases[i];
            bool Filter(SearchDocument d) => (theme == "" || d.ThemeKeys.Contains(theme)) && (status == "" || d.StatusKey == status);
            var expected = q == ""
                ? docs.Where(Filter).Select(d => d.Number).ToList()
                : SearchOracle.Expected(docs, q, Filter).Select(r => r.Number).ToList();
            Assert.Equal(expected, answers[i].Results.Select(r => r.Number).ToList());
        }
        Assert.NotEmpty(answers[0].Results);
        Assert.NotEmpty(answers[3].Results);
        Assert.Empty(answers[6].Results);
    }

    [Fact]
    public void Excerpts_are_verbatim_text_around_the_first_hit_with_the_query_marked()
    {
        var docs = SeedSearchDocuments.All.ToDictionary(d => d.Number);
        using var index = new SearchIndexFolder(docs.Values.ToList(), SeedSearchDocuments.Options());
        var queries = new[] { "秸秆", "黑土地", "ＣＯＤ", "污水 英俊", "2024年" };
        var answers = NodeHarness.Query(index.Root, queries.Select(q => (q, "", "")), excerpts: 50);
        var checkedExcerpts = 0;
        foreach (var answer in answers)
        {
            var words = SearchOracle.Words(answer.Query);
            Assert.Equal(answer.Results.Count, answer.Excerpts.Count);
            foreach (var e in answer.Excerpts.Select(x => x!.AsObject()))
            {
                var doc = docs[(int)e["number"]!];
                Assert.Equal(doc.Label, (string)e["label"]!);
                Assert.Equal(doc.Url, (string)e["url"]!);
                Assert.Equal(doc.Title, (string)e["title"]!);
                var segments = e["segments"]!.AsArray().Select(s => (Text: (string)s!["text"]!, Mark: (bool)s["mark"]!)).ToList();
                var field = doc.Fields.First(f => f.Label == (string)e["part"]!);
                Assert.Contains(string.Concat(segments.Select(s => s.Text)), field.Text, StringComparison.Ordinal);
                var marks = segments.Where(s => s.Mark).Select(s => SearchText.Fold(s.Text)).ToList();
                Assert.NotEmpty(marks);
                Assert.All(marks, m => Assert.Contains(words, w => m.Contains(w, StringComparison.Ordinal)));
                // The excerpt comes from the first part, in reading order, that has a hit.
                var firstPart = doc.Fields.First(f => words.Any(w => SearchOracle.Count(f.Text, w) > 0));
                Assert.Equal(firstPart.Anchor, (string)e["anchor"]!);
                checkedExcerpts++;
            }
        }
        Assert.True(checkedExcerpts > 20, $"only {checkedExcerpts} excerpts checked");
    }

    [Fact]
    public void Marks_fall_on_the_original_text_whether_folding_keeps_offsets_or_moves_them()
    {
        SearchDocument Doc(int n, string text) =>
            new(n, $"序号{n}", "标题", ["soil"], "completed", $"findings/{n}/", [new SearchField("问题", "problem", text)]);
        var docs = new[]
        {
            Doc(1, "化学需氧量（ＣＯＤ）浓度达标，Ｃod下降。"),       // full width and capitals: one unit for one, offsets kept
            Doc(2, "每㎏污泥含ＣＯＤ，ﬁlter后COD降低。"),           // ㎏ and ﬁ fold to two letters: offsets move
            Doc(3, "CO\u00ADD值与\U00020000字，cod再测，𠀀COD。"), // a soft hyphen folds to nothing; a character outside the BMP
        };
        using var index = new SearchIndexFolder(docs, SeedSearchDocuments.Options(partitions: 2, largeEntryBytes: 64));
        var answer = NodeHarness.Query(index.Root, [("cod", "", "")], excerpts: 5).Single();
        var marks = answer.Excerpts.ToDictionary(e => (int)e!["number"]!, e => e!["segments"]!.AsArray().Where(x => (bool)x!["mark"]!).Select(x => (string)x!["text"]!).ToList());
        Assert.Equal(["ＣＯＤ", "Ｃod"], marks[1]);
        Assert.Equal(["ＣＯＤ", "COD"], marks[2]);
        Assert.Equal(["CO\u00ADD", "cod", "COD"], marks[3]);
    }

    private static string Show(IEnumerable<(int Number, int TitleWords, int Hits)> results) =>
        string.Join(" ", results.Select(r => $"{r.Number}/{r.TitleWords}/{r.Hits}"));
}
