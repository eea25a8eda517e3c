using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>One page per finding at findings/NUMBER/, with its neighbours in number order.</summary>
public sealed class FindingPagesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var views = new SiteViews(context.Settings);
        var officials = new OfficialsViews(context.Settings);
        for (var i = 0; i < context.Records.Count; i++)
            context.Add(Page(views, officials, context.Records, i));
    }

    /// <summary>The page of <paramref name="records"/>[<paramref name="index"/>] (records in number order); preview also renders one page alone with it.</summary>
    public static SiteDocument Page(SiteViews views, OfficialsViews officials, IReadOnlyList<FindingRecord> records, int index)
    {
        var r = records[index];
        var previous = index > 0 ? records[index - 1] : null;
        var next = index + 1 < records.Count ? records[index + 1] : null;
        var doc = new SiteDocument(SiteViews.FindingUrl(r.Number) + "index.html", "finding")
        {
            Layout = "finding",
            // Built when rendered: a finding's view (its text split into blocks, pairs, citation) is a few times its record's size.
            ModelFactory = () => views.Finding(r, previous, next) with { Officials = officials.Finding(r) },
            Title = $"{r.Label} {r.Title}",
            Description = Excerpt(r.Problem),
            Breadcrumbs = [new Crumb("首页", ""), new Crumb("全部问题", "findings/"), new Crumb(r.Label, null)],
        };
        doc.Metadata["number"] = r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return doc;
    }

    /// <summary>The first sentences of the problem, cut at a sentence end near 120 characters, for meta descriptions.</summary>
    public static string Excerpt(string text)
    {
        var firstParagraph = text.Split('\n')[0];
        if (firstParagraph.Length <= 120) return firstParagraph;
        var cut = firstParagraph.LastIndexOf('。', 119);
        return cut > 20 ? firstParagraph[..(cut + 1)] : firstParagraph[..120] + "…";
    }
}
