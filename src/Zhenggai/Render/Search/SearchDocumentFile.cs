using Zhenggai.Records;
using Zhenggai.Render.Data;
using Zhenggai.Settings;

namespace Zhenggai.Render.Search;

/// <summary>
/// A search document's open-data file (findings/NUMBER/index.json), byte for byte as
/// <see cref="OpenDataModule"/> writes it for a finding with the same fields: what search results
/// read their title and text from. For the benchmark and tests, which build an index without a site;
/// a site build has the real file already.
/// </summary>
public static class SearchDocumentFile
{
    public static byte[] Json(SearchDocument doc, SearchIndexOptions options)
    {
        string Part(FindingPart part) =>
            string.Join('\n', doc.Fields.Where(f => f.Anchor == FindingParts.Anchor(part)).Select(f => f.Text));
        var status = options.Statuses.FirstOrDefault(s => s.Key == doc.StatusKey)?.Label ?? doc.StatusKey;
        var record = new FindingRecord
        {
            Number = doc.Number,
            Label = doc.Label,
            Title = doc.Title,
            Themes = doc.ThemeKeys,
            Status = status,
            Report = "search",
            Source = doc.SourceFile ?? "search",
            Problem = Part(FindingPart.Problem),
            Target = Part(FindingPart.Target),
            Measures = Part(FindingPart.Measures),
            Result = Part(FindingPart.Result),
        };
        var labels = options.Themes.ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var finding = OpenDataFinding.From(record, labels, new SiteAddresses(new SiteSettings())) with { Path = doc.Url };
        return OpenDataJson.Serialize(finding);
    }
}
