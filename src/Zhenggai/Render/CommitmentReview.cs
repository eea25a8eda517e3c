using Zhenggai.Records;

namespace Zhenggai.Render;

/// <summary>What the build derives about one commitment from the text and the data date.</summary>
/// <param name="PastDue">True when the deadline had passed by the data date; null for no deadline or no data date.</param>
/// <param name="HasPairedResult">Whether 完成情况 has a passage for this measure.</param>
/// <param name="ReportsCompletion">Whether that passage reads as done (see <see cref="CompletionWording"/>).</param>
public sealed record CommitmentReview(Commitment Commitment, bool? PastDue, bool HasPairedResult, bool ReportsCompletion);
