using System.Text;
using System.Xml;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// feed.xml (Atom, RFC 4287): one entry per dated finding, newest first, then by number, at
/// most <see cref="MaxEntries"/> of them.
/// <para>
/// A feed tells subscribers what changed; it is not the archive (findings.json is). Each entry
/// carries the finding's full text, so a feed of every finding grows with the site (466 MB at
/// 100,000 findings) and every reader would download all of it on every poll. The bound is
/// above the size of a real report (tens to a few hundred findings), so a real site's feed
/// still lists every finding; a larger site lists the latest ones.
/// </para>
/// <para>
/// Addresses: with a Host, links and ids are the pages' absolute addresses — they are
/// permanent by design, so they are stable ids. Without a Host there is no absolute address:
/// links are relative (Atom resolves them against the feed's own address, which works at any
/// sub-path, so no xml:base is needed) and ids, which Atom requires to be absolute, are
/// name-based <c>urn:uuid:</c>s of the site title, report and page address — stable across
/// builds. Setting a Host later changes the ids once.
/// </para>
/// Official text goes in as text content (type="text"), escaped by the XML writer.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>How many entries the feed carries at most: the newest dated findings.</summary>
    public const int MaxEntries = 500;

    public sealed record Result(byte[] Content, IReadOnlyList<FindingRecord> Undated, IReadOnlyList<FindingRecord> Replaced);

    public static Result Write(IReadOnlyList<FindingRecord> records, SiteSettings settings, string feedPath, int maxEntries = MaxEntries)
    {
        var addresses = new SiteAddresses(settings);
        var themes = settings.Themes.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        // Each record's date worked out once, for the entries and for the undated list.
        var dates = records.Select(r => (Record: r, Date: FindingDates.Of(r, settings))).ToList();
        var dated = dates
            .Where(x => x.Date is not null)
            .OrderByDescending(x => x.Date)
            .ThenBy(x => x.Record.Number)
            .Take(maxEntries)
            .ToList();
        var undated = dates.Where(x => x.Date is null).Select(x => x.Record).ToList();
        var replaced = new List<FindingRecord>();
        if (dated.Count == 0) return new Result([], undated, replaced);

        var author = settings.Reports.Select(r => r.IssuingBody).FirstOrDefault(b => !string.IsNullOrWhiteSpace(b)) ?? settings.SiteTitle;
        var content = XmlOutput.Write(w =>
        {
            w.WriteStartElement("feed", Namespace);
            w.WriteAttributeString("xml", "lang", null, settings.Language);
            w.WriteElementString("id", Namespace, addresses.Absolute(feedPath) ?? NameBasedId.Urn(settings.SiteTitle + "\n" + feedPath));
            w.WriteElementString("title", Namespace, Safe(settings.SiteTitle, null));
            if (!string.IsNullOrWhiteSpace(settings.SiteDescription))
                w.WriteElementString("subtitle", Namespace, Safe(settings.SiteDescription, null));
            w.WriteElementString("updated", Namespace, FindingDates.Rfc3339(dated[0].Date!.Value));
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, Safe(author, null));
            w.WriteEndElement();
            Link(w, "self", "application/atom+xml", addresses.Absolute(feedPath) ?? feedPath);
            Link(w, "alternate", "text/html", addresses.AbsoluteOrRelative(""));
            if (!string.IsNullOrWhiteSpace(settings.DataLicence))
                w.WriteElementString("rights", Namespace, Safe(settings.DataLicence, null));

            foreach (var (r, date) in dated)
            {
                var page = addresses.FindingAddress(r.Number);
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, addresses.Absolute(page) ?? NameBasedId.Urn(settings.SiteTitle + "\n" + r.Report + "\n" + page));
                w.WriteElementString("title", Namespace, Safe($"{r.Label} {r.Title}", r));
                w.WriteElementString("updated", Namespace, FindingDates.Rfc3339(date!.Value));
                Link(w, "alternate", "text/html", addresses.AbsoluteOrRelative(page));
                foreach (var key in r.Themes)
                {
                    w.WriteStartElement("category", Namespace);
                    w.WriteAttributeString("term", key);
                    w.WriteAttributeString("label", Safe(themes.TryGetValue(key, out var label) ? label : key, r));
                    w.WriteEndElement();
                }
                w.WriteStartElement("summary", Namespace);
                w.WriteAttributeString("type", "text");
                w.WriteString(Safe(Pages.FindingPagesModule.Excerpt(r.Problem), r));
                w.WriteEndElement();
                w.WriteStartElement("content", Namespace);
                w.WriteAttributeString("type", "text");
                w.WriteString(Safe(Content(r), r));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return new Result(content, undated, replaced.Distinct().ToList());

        string Safe(string text, FindingRecord? record)
        {
            var safe = XmlOutput.XmlSafe(text, out var changed);
            if (changed && record is not null) replaced.Add(record);
            return safe;
        }
    }

    /// <summary>The entry's text: status, then each part under its heading, verbatim.</summary>
    public static string Content(FindingRecord r)
    {
        var sb = new StringBuilder();
        sb.Append("整改状态：").Append(r.Status);
        if (r.StatusText is not null) sb.Append("（原文：").Append(r.StatusText).Append('）');
        sb.Append('\n');
        foreach (var part in FindingParts.All)
            sb.Append('\n').Append(FindingParts.Heading(part)).Append('\n').Append(r.GetPart(part)).Append('\n');
        if (r.UnitsText is not null) sb.Append('\n').Append(RecordFile.UnitsHeading).Append('\n').Append(r.UnitsText).Append('\n');
        if (r.DeadlineText is not null) sb.Append('\n').Append(RecordFile.DeadlineHeading).Append('\n').Append(r.DeadlineText).Append('\n');
        return sb.ToString();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
