using Zhenggai.Records;

namespace Zhenggai.Render.Data;

/// <summary>
/// One finding in data/findings.json and findings/NUMBER/index.json: every field of the record,
/// official text verbatim, plus labels and addresses so the file can be read on its own.
/// Property order is the published key order.
/// </summary>
public sealed record OpenDataFinding
{
    public required int Number { get; init; }
    public required string Label { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<OpenDataTerm> Themes { get; init; }
    public required string Status { get; init; }
    public required string StatusKey { get; init; }
    public required string? StatusText { get; init; }
    public required string Report { get; init; }
    public required string Source { get; init; }
    public required int SourceLine { get; init; }
    public required string? Updated { get; init; }
    public required IReadOnlyList<string> Units { get; init; }
    public required IReadOnlyList<OpenDataDeadline> Deadlines { get; init; }
    public required IReadOnlyList<string> RedirectFrom { get; init; }
    public required string Problem { get; init; }
    public required string Target { get; init; }
    public required string Measures { get; init; }
    public required string Result { get; init; }
    public required string? UnitsText { get; init; }
    public required string? DeadlineText { get; init; }
    public required string? SourceNote { get; init; }

    /// <summary>The page address relative to the site root, e.g. <c>findings/25/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The absolute page address, or null when the site has no Host.</summary>
    public required string? Url { get; init; }

    public static OpenDataFinding From(FindingRecord r, IReadOnlyDictionary<string, string> themeLabels, SiteAddresses addresses)
    {
        var path = addresses.FindingAddress(r.Number);
        return new OpenDataFinding
        {
            Number = r.Number,
            Label = r.Label,
            Title = r.Title,
            Themes = r.Themes.Select(k => new OpenDataTerm(k, themeLabels.TryGetValue(k, out var l) ? l : k)).ToList(),
            Status = r.Status,
            StatusKey = FindingStatus.Key(r.Status),
            StatusText = r.StatusText,
            Report = r.Report,
            Source = r.Source,
            SourceLine = r.SourceLine,
            Updated = r.Updated,
            Units = r.Units,
            Deadlines = r.Deadlines.Select(d => new OpenDataDeadline(d.Measure, d.Text, d.Due, d.Kind)).ToList(),
            RedirectFrom = r.RedirectFrom,
            Problem = r.Problem,
            Target = r.Target,
            Measures = r.Measures,
            Result = r.Result,
            UnitsText = r.UnitsText,
            DeadlineText = r.DeadlineText,
            SourceNote = r.SourceNote,
            Path = path,
            Url = addresses.Absolute(path),
        };
    }

    /// <summary>The record this entry was made from, so a reader of the data can get back exactly what the site published.</summary>
    public FindingRecord ToRecord() => new()
    {
        Number = Number,
        Label = Label,
        Title = Title,
        Themes = Themes.Select(t => t.Key).ToList(),
        Status = Status,
        StatusText = StatusText,
        Report = Report,
        Source = Source,
        SourceLine = SourceLine,
        Updated = Updated,
        Units = Units,
        Deadlines = Deadlines.Select(d => new Commitment(d.Measure, d.Text, d.Due, d.Kind)).ToList(),
        RedirectFrom = RedirectFrom,
        Problem = Problem,
        Target = Target,
        Measures = Measures,
        Result = Result,
        UnitsText = UnitsText,
        DeadlineText = DeadlineText,
        SourceNote = SourceNote,
    };
}
