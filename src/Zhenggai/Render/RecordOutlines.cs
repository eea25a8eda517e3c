using Zhenggai.Import;
using Zhenggai.Records;

namespace Zhenggai.Render;

/// <summary>
/// The outlines of one record's target, measures and result, each parsed when first asked for:
/// all of a record's commitments read the same ones (their excerpt, their paired result), and
/// parsing them again for each commitment was most of the work of a commitment's view.
/// </summary>
internal sealed class RecordOutlines(FindingRecord record)
{
    private IReadOnlyList<OutlineItem>? _target, _measures, _result;

    public IReadOnlyList<OutlineItem> Target => _target ??= MeasureOutline.Parse(record.Target);

    public IReadOnlyList<OutlineItem> Measures => _measures ??= MeasureOutline.Parse(record.Measures);

    public IReadOnlyList<OutlineItem> Result => _result ??= MeasureOutline.Parse(record.Result);
}
