using Zhenggai.Import;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>A generated document as text and bytes, with the shape and findings it must import as.</summary>
internal sealed record WrittenDocument(string Text, byte[] Bytes, SourceShape Shape, IReadOnlyList<ExpectedFinding> Findings);
