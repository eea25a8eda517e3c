using System.Globalization;
using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Render;

/// <summary>
/// Compares a commitment with the date of the data and with the result of the same measure.
/// A deadline 「2024年6月底前」 (due 2024-06) has passed when the data date is after 30 June
/// 2024. The paired result is the 完成情况 passage with the same number (「（二）1.」 pairs with
/// 「（二）1、」); when the result has no such number, the nearest numbered passage above it;
/// for an unnumbered measure or one from the target, the whole 完成情况.
/// </summary>
public static class CommitmentReviewer
{
    public static CommitmentReview Review(FindingRecord record, Commitment commitment, string? dataDate) =>
        Review(record, commitment, dataDate, new RecordOutlines(record));

    /// <summary>The same, reading the result's outline from <paramref name="outlines"/> (shared by the record's commitments).</summary>
    internal static CommitmentReview Review(FindingRecord record, Commitment commitment, string? dataDate, RecordOutlines outlines)
    {
        bool? pastDue = null;
        if (commitment.Due is { } due && DueEnd(due) is { } end
            && dataDate is not null && DateOnly.TryParseExact(dataDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var data))
            pastDue = data > end;
        var result = PairedResult(record, commitment.Measure, outlines);
        return new CommitmentReview(commitment, pastDue, result is not null, result is not null && CompletionWording.ReportsCompletion(result));
    }

    /// <summary>The last day of a yyyy-MM month, or null when <paramref name="due"/> is not one.</summary>
    public static DateOnly? DueEnd(string due)
    {
        if (!DateOnly.TryParseExact(due + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return null;
        return first.AddMonths(1).AddDays(-1);
    }

    /// <summary>The text of the result passage paired with <paramref name="measure"/>, or null when the result has no passage of that number.</summary>
    public static string? PairedResult(FindingRecord record, string measure) => PairedResult(record, measure, new RecordOutlines(record));

    private static string? PairedResult(FindingRecord record, string measure, RecordOutlines outlines)
    {
        var key = MeasureOutline.KeyOf(measure);
        if (key is null) return record.Result;
        var outline = outlines.Result;
        while (true)
        {
            var section = MeasureOutline.Section(outline, key);
            if (section.Count > 0) return string.Join('\n', section.Select(i => i.Text));
            var slash = key.LastIndexOf('/');
            if (slash < 0) return null;
            key = key[..slash];
        }
    }
}
