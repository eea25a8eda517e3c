using System.Text;
using CsCheck;
using Zhenggai.Check;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Check;

/// <summary>ZG0604: every finding page must show its record's official text, and the page text it is compared with is what a reader sees.</summary>
public sealed class OfficialTextCheckTests
{
    [Theory]
    [InlineData("<p>整改<span>目标</span>。</p>", "整改目标。")]
    [InlineData("<a title=\"a > b\" href='x>y'>河长制</a>", "河长制")]
    [InlineData("前<!-- <p>不是正文</p> -->后", "前后")]
    [InlineData("前<!-- 没有结束", "前")]
    [InlineData("甲&amp;乙 &lt;丙&gt; &#x4E00;&#20108; &quot;", "甲&乙 <丙> 一二 \"")]
    [InlineData("&amp;amp;", "&amp;")]
    [InlineData("文字<br>𠀀字<b", "文字𠀀字")]
    [InlineData("", "")]
    public void Page_text_drops_tags_and_comments_and_decodes_references(string html, string text)
    {
        Assert.Equal(text, OfficialTextCheck.PageText(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void Stripping_in_place_gives_the_same_text_as_into_another_buffer()
    {
        var html = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/layouts/finding.sbn")) + "<p>生态环境&amp;保护</p>");
        var other = new byte[html.Length];
        var n = OfficialTextCheck.StripTags(html, other);
        var inPlace = (byte[])html.Clone();
        var m = OfficialTextCheck.StripTags(inPlace, inPlace);
        Assert.Equal(other.AsSpan(0, n).ToArray(), inPlace.AsSpan(0, m).ToArray());
        Assert.Contains("生态环境&amp;保护", Encoding.UTF8.GetString(other, 0, n));
    }

    [Fact]
    public void A_layout_that_drops_official_text_fails_the_build_and_keeps_the_previous_output()
    {
        using var site = TestSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), site.PathOf("statiq.json"));
        site.WriteRecord(SampleRecords.Make(1, problem: "第一段问题。\n第二段问题，只有这一段会被模板删掉。"));
        site.WriteRecord(SampleRecords.Make(2));
        site.Build();
        var before = TestSite.Snapshot(site.Output);

        // The layout keeps every part's first paragraph only: the page still links and validates.
        var layout = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/layouts/partials/blocks.sbn"));
        Directory.CreateDirectory(site.PathOf("theme/layouts/partials"));
        File.WriteAllText(site.PathOf("theme/layouts/partials/blocks.sbn"), layout.Replace("{{~ for b in model }}", "{{~ for b in model limit:1 }}"));
        var ex = Assert.Throws<DiagnosticException>(() => site.Build());

        var error = Assert.Single(ex.Diagnostics, d => d.Code == "ZG0604" && d.File == "output/findings/1/index.html");
        Assert.Contains(RecordStore.FindingsFolder + "/" + RecordFile.FileName(1), error.Message);
        Assert.Contains("第二段问题", error.Message);
        var after = TestSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys) Assert.True(before[key].AsSpan().SequenceEqual(after[key]), $"{key} changed");
    }

    [Fact]
    public void A_page_checked_as_it_was_rendered_is_judged_by_those_bytes_and_any_other_page_is_read_from_disk()
    {
        var output = Path.Combine(Path.GetTempPath(), "zhenggai-text-" + Guid.NewGuid().ToString("N"));
        try
        {
            var records = new[] { SampleRecords.Make(1, problem: "第一段问题。\n第二段问题。"), SampleRecords.Make(2, problem: "只有一段。") };
            var context = new BuildContext(output, output) { Records = records };
            foreach (var r in records)
            {
                var path = $"findings/{r.Number}/index.html";
                context.Add(new SiteDocument(path, "finding") { IsWritten = true });
                Directory.CreateDirectory(Path.Combine(output, $"findings/{r.Number}"));
                // On disk both pages lack the problem's text.
                File.WriteAllText(Path.Combine(output, path), $"<p>{r.Label}</p>");
            }
            // Page 1 was rendered whole; page 2 was not checked when rendered, so its file is read.
            OfficialTextCheck.CheckRendered(context, "findings/1/index.html", Encoding.UTF8.GetBytes(PageOf(records[0])));
            OfficialTextCheck.CheckRendered(context, "index.html", "<p>不是问题页</p>"u8);

            new OfficialTextCheck().Execute(context);

            var error = Assert.Single(context.Diagnostics.Sorted());
            Assert.Equal("output/findings/2/index.html", error.File);
            Assert.Contains("只有一段", error.Message);

            // A rendered page that lacks a paragraph fails, whatever the file on disk says.
            var again = new BuildContext(output, output) { Records = records };
            foreach (var r in records) again.Add(new SiteDocument($"findings/{r.Number}/index.html", "finding") { IsWritten = true });
            File.WriteAllText(Path.Combine(output, "findings/2/index.html"), PageOf(records[1]));
            OfficialTextCheck.CheckRendered(again, "findings/1/index.html", Encoding.UTF8.GetBytes(PageOf(records[0]).Replace("第二段问题。", "第二段")));
            new OfficialTextCheck().Execute(again);
            var changed = Assert.Single(again.Diagnostics.Sorted());
            Assert.Equal("output/findings/1/index.html", changed.File);
            Assert.Contains("第二段问题", changed.Message);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>A page showing every paragraph of the record's official text.</summary>
    private static string PageOf(FindingRecord r) =>
        "<main>" + string.Concat(new[] { r.Label, r.Problem, r.Target, r.Measures, r.Result, r.UnitsText ?? "", r.DeadlineText ?? "" }
            .SelectMany(t => t.Split('\n')).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) + "</main>";

    [Fact]
    public void Looking_for_paragraphs_in_the_pages_utf8_finds_what_the_decoded_text_finds()
    {
        // Pages made of the record's own paragraphs, some dropped or cut, with tags, references,
        // pairs and lone surrogates and U+FFFD, and raw bytes no decoder keeps as they are.
        var piece = Gen.OneOf("河", "长", "制", "a", "&", "&amp;", "&lt;", "<b>", "</b>", "𠮷", "\uD842", "\uDFB7", "\uFFFD", "\n", "<!-- x -->", "\"", "'");
        var paragraph = Gen.String[Gen.Char["河长制a&𠮷\uFFFD\uD842"], 0, 6];
        var gen = Gen.Select(paragraph.Array[1, 4], piece.Array[0, 12], Gen.Int[0, 3], Gen.Bool, Gen.Bool.Array[6]);
        gen.Sample((paragraphs, noise, cut, raw, keep) =>
        {
            var record = SampleRecords.Make(1, problem: string.Join('\n', paragraphs));
            var html = new StringBuilder("<main>");
            for (var i = 0; i < paragraphs.Length; i++)
            {
                if (!keep[i]) continue;
                var p = paragraphs[i];
                html.Append("<p>").Append(raw ? p : System.Net.WebUtility.HtmlEncode(p)[..^Math.Min(cut, System.Net.WebUtility.HtmlEncode(p).Length)]).Append("</p>");
                html.Append(string.Concat(noise.Take(i + 1)));
            }
            html.Append(string.Concat(new[] { record.Label, record.Target }.Concat(record.Measures.Split('\n')).Concat(record.Result.Split('\n')).Select(t => $"<p>{t}</p>")));
            var bytes = Encoding.UTF8.GetBytes(html.ToString()).Concat(raw ? new byte[] { 0xE6, 0x95 } : []).ToArray();
            var decoded = OfficialTextCheck.Verify(record, "findings/1/index.html", "input/findings/001.md", OfficialTextCheck.PageText(bytes));
            var viaBytes = OfficialTextCheck.VerifyPage(record, "findings/1/index.html", "input/findings/001.md", bytes);
            Assert.Equal(decoded?.Message, viaBytes?.Message);
        }, iter: 20_000);
    }
}
