using System.Globalization;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// The one date a finding carries in feeds, sitemaps and page metadata: the record's own
/// <c>updated</c>, else the DataDate of its report. Dates come only from input, never the clock,
/// so rebuilding gives the same files.
/// </summary>
public static class FindingDates
{
    public static DateOnly? Parse(string? isoDate) =>
        isoDate is not null && DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static DateOnly? Of(FindingRecord record, SiteSettings settings) =>
        Parse(record.Updated) ?? Parse(settings.FindReport(record.Report)?.DataDate);

    /// <summary>The newest date over all findings, or null when none has one.</summary>
    public static DateOnly? Newest(IEnumerable<FindingRecord> records, SiteSettings settings) =>
        records.Select(r => Of(r, settings)).Where(d => d is not null).Max();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// RFC 3339 for Atom. A record date is a calendar day in China, so it is written as the
    /// start of that day at UTC+8 rather than inventing a time of day or shifting the date.
    /// </summary>
    public static string Rfc3339(DateOnly date) => Iso(date) + "T00:00:00+08:00";
}
