using System.Net;
using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render;

namespace Zhenggai.Check;

/// <summary>
/// The last link of "nothing is lost": every paragraph of a finding's official text — its
/// label, the four parts, and the 责任单位 and 整改时限 text the source gave — must be on the
/// finding's page as text, character for character. Layouts are the site's to change, and an
/// emptied, truncated or garbled one would otherwise publish pages that pass every link check
/// yet no longer say what the government wrote.
/// </summary>
public sealed class OfficialTextCheck : IModule
{
    public BuildPhase Phase => BuildPhase.Check;

    public void Execute(BuildContext context)
    {
        Parallel.ForEach(context.Records, record =>
        {
            var page = SiteViews.FindingUrl(record.Number) + "index.html";
            var file = record.FilePath ?? RecordStore.FindingsFolder + "/" + RecordFile.FileName(record.Number);
            // A page the build cache keeps is not in staging: the published file stays as it is.
            var onDisk = Path.Combine(context.Cache?.IsKept(page) == true ? context.Cache.OutputFolder : context.OutputFolder, page);
            if (!context.TryGetDocument(page, out var doc) || doc is null || (doc.Content is null && !File.Exists(onDisk)))
            {
                context.Diagnostics.Add(Diagnostic.Error("ZG0604", "output/" + page, 1, $"{file} has no page at {page}",
                    "keep FindingPagesModule in the pipeline: every record is published on its own page"));
                return;
            }
            // Rendering writes each page at once and lets go of its bytes; the written file is what gets published.
            var text = PageText(doc.Content ?? File.ReadAllBytes(onDisk));
            foreach (var (what, value) in OfficialText(record))
            {
                var missing = value.Split('\n').FirstOrDefault(p => !text.Contains(p, StringComparison.Ordinal));
                if (missing is null) continue;
                context.Diagnostics.Add(Diagnostic.Error("ZG0604", "output/" + page, 1,
                    $"the page does not show the {what} of {file} verbatim: 「{Excerpt(missing)}」 is missing or changed",
                    "a layout in theme/ drops or alters official text; every paragraph of the record's parts must appear on its page exactly as written (restore the layout from the built-in theme to compare)"));
                break;
            }
        });
    }

    private static IEnumerable<(string What, string Value)> OfficialText(FindingRecord record)
    {
        yield return ("label", record.Label);
        foreach (var part in FindingParts.All)
            yield return (FindingParts.Heading(part), record.GetPart(part));
        if (record.UnitsText is not null) yield return (RecordFile.UnitsHeading, record.UnitsText);
        if (record.DeadlineText is not null) yield return (RecordFile.DeadlineHeading, record.DeadlineText);
    }

    /// <summary>
    /// The page's text as a reader sees it: tags (with quoted attribute values) and comments
    /// removed, character references decoded. A linear scan, not a DOM: a large site has
    /// thousands of pages and the link check parses them already.
    /// </summary>
    public static string PageText(byte[] html)
    {
        var source = Encoding.UTF8.GetString(html);
        var sb = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (string.CompareOrdinal(source, i, "<!--", 0, 4) == 0)
            {
                var end = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 3;
                continue;
            }
            // Inside a tag a '>' in a quoted attribute value does not end it.
            var quote = '\0';
            for (i++; i < source.Length; i++)
            {
                var t = source[i];
                if (quote != '\0') { if (t == quote) quote = '\0'; }
                else if (t is '"' or '\'') quote = t;
                else if (t == '>') break;
            }
            // Nothing stands in for the tag: a paragraph split into marker, unit and text spans reads as one.
            i++;
        }
        return WebUtility.HtmlDecode(sb.ToString());
    }

    private static string Excerpt(string paragraph) => paragraph.Length <= 40 ? paragraph : paragraph[..40] + "…";
}
