using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Render.Data;

/// <summary>The whole of data/findings.json: the site, its licence, the reports and every finding. Property order is the published key order.</summary>
public sealed record OpenDataFile
{
    public required string Title { get; init; }
    public required string? Description { get; init; }
    public required string Language { get; init; }

    /// <summary>The absolute site address, or null when the site has no Host.</summary>
    public required string? Url { get; init; }

    /// <summary>The licence from settings DataLicence; null means none was declared.</summary>
    public required string? Licence { get; init; }

    public required IReadOnlyList<OpenDataReport> Reports { get; init; }
    public required IReadOnlyList<OpenDataTerm> Themes { get; init; }
    public required IReadOnlyList<OpenDataTerm> Statuses { get; init; }
    public required IReadOnlyList<OpenDataFinding> Findings { get; init; }

    public static OpenDataFile From(IReadOnlyList<FindingRecord> records, SiteSettings settings)
    {
        var addresses = new SiteAddresses(settings);
        var labels = settings.Themes.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        return new OpenDataFile
        {
            Title = settings.SiteTitle,
            Description = settings.SiteDescription,
            Language = settings.Language,
            Url = addresses.Root,
            Licence = string.IsNullOrWhiteSpace(settings.DataLicence) ? null : settings.DataLicence,
            Reports = settings.Reports.Select(r => new OpenDataReport(r.Id, r.Title, r.IssuingBody, r.DataDate, r.SourceNote)).ToList(),
            Themes = settings.Themes.Select(t => new OpenDataTerm(t.Key, t.Label)).ToList(),
            Statuses = FindingStatus.All.Select(s => new OpenDataTerm(FindingStatus.Key(s), s)).ToList(),
            Findings = records.OrderBy(r => r.Number).Select(r => OpenDataFinding.From(r, labels, addresses)).ToList(),
        };
    }
}
