using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render.Feeds;

namespace Zhenggai.Render.Meta;

/// <summary>
/// The meta tags Chinese government sites carry for national website monitoring, as
/// <c>meta:NAME</c> metadata that the base layout writes (empty values are never written).
/// Every page: SiteName, SiteDomain, SiteIDCode, ColumnName from settings GovMeta.
/// Finding pages also: ArticleTitle, PubDate (the finding's date, yyyy-MM-dd), ContentSource
/// (the report's issuing body) and Keywords (theme labels and responsible units).
/// <para>
/// Description is not added: HTML meta names are case-insensitive and a page may carry only
/// one description, which the base layout already writes (on a finding page, the opening of
/// the problem text; elsewhere the page's or the site's description). A second
/// <c>Description</c> tag would be a duplicate that validators reject.
/// </para>
/// Runs in the render phase, before the layouts, because it must see every page; a value a
/// page module already set is kept.
/// </summary>
public sealed class GovMetaModule : IModule
{
    public const string Prefix = "meta:";

    public BuildPhase Phase => BuildPhase.Render;

    public void Execute(BuildContext context)
    {
        var settings = context.Settings;
        var gov = settings.GovMeta;
        var records = context.Records.ToDictionary(r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var themes = settings.Themes.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        foreach (var doc in context.Documents.Where(d => d.IsHtml && d.Layout is not null))
        {
            Set(doc, "SiteName", gov.SiteName);
            Set(doc, "SiteDomain", gov.SiteDomain);
            Set(doc, "SiteIDCode", gov.SiteIdCode);
            Set(doc, "ColumnName", gov.ColumnName);
            if (doc.Kind != "finding" || !doc.Metadata.TryGetValue("number", out var number) || !records.TryGetValue(number, out var r))
                continue;
            Set(doc, "ArticleTitle", r.Title);
            var date = FindingDates.Of(r, settings);
            Set(doc, "PubDate", date is null ? null : FindingDates.Iso(date.Value));
            Set(doc, "ContentSource", settings.FindReport(r.Report)?.IssuingBody);
            Set(doc, "Keywords", Keywords(r, themes));
        }
    }

    /// <summary>Theme labels, then responsible units, without repeats, comma-separated.</summary>
    public static string Keywords(FindingRecord r, IReadOnlyDictionary<string, string> themeLabels) =>
        string.Join(",", r.Themes.Select(k => themeLabels.TryGetValue(k, out var l) ? l : k).Concat(r.Units)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal));

    private static void Set(SiteDocument doc, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        doc.Metadata.TryAdd(Prefix + name, value);
    }
}
