using System.Text;
using Zhenggai.Pipeline;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// sitemap.xml and robots.txt. Runs in the render phase because it lists every page, and
/// only then do all pages exist. The sitemap protocol needs absolute addresses, so without
/// a Host there is no sitemap and robots.txt names none.
/// <para>
/// lastmod: a finding page carries its finding's date; every other page lists or counts
/// findings, so it carries the newest finding date. Pages that must not be indexed (404,
/// redirects, or any page with Metadata["sitemap"] = "no") are left out.
/// </para>
/// </summary>
public sealed class SitemapModule : IModule
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Document kinds that are never listed.</summary>
    public static readonly IReadOnlyList<string> ExcludedKinds = ["404", "redirect"];

    public BuildPhase Phase => BuildPhase.Render;

    public void Execute(BuildContext context)
    {
        var settings = context.Settings;
        var addresses = new SiteAddresses(settings);
        if (addresses.Root is not null)
        {
            var byNumber = context.Records.ToDictionary(r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var newest = FindingDates.Newest(context.Records, settings);
            var pages = context.Documents
                .Where(d => d.IsHtml && d.Layout is not null && !ExcludedKinds.Contains(d.Kind)
                    && !(d.Metadata.TryGetValue("sitemap", out var s) && s == "no"))
                .ToList();
            var content = XmlOutput.Write(w =>
            {
                w.WriteStartElement("urlset", Namespace);
                foreach (var page in pages)
                {
                    var date = page.Kind == "finding" && page.Metadata.TryGetValue("number", out var n) && byNumber.TryGetValue(n, out var r)
                        ? FindingDates.Of(r, settings)
                        : newest;
                    w.WriteStartElement("url", Namespace);
                    w.WriteElementString("loc", Namespace, addresses.Absolute(addresses.PageAddress(page.Path)));
                    if (date is not null) w.WriteElementString("lastmod", Namespace, FindingDates.Iso(date.Value));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            });
            context.Add(new SiteDocument(SitemapPath, "sitemap") { Content = content });
        }
        context.Add(new SiteDocument(RobotsPath, "robots") { Content = Encoding.UTF8.GetBytes(Robots(settings.LinkRoot, addresses.Absolute(SitemapPath))) });
    }

    /// <summary>Allows everything; names the sitemap when there is one.</summary>
    public static string Robots(string linkRoot, string? sitemapUrl)
    {
        var sb = new StringBuilder();
        if (linkRoot.Trim('/').Length > 0)
            sb.Append("# 本站位于子路径下：robots.txt 只在域名根目录生效，请把下面的内容并入根目录的 robots.txt。\n");
        sb.Append("User-agent: *\nDisallow:\n");
        if (sitemapUrl is not null) sb.Append("\nSitemap: ").Append(sitemapUrl).Append('\n');
        return sb.ToString();
    }
}
