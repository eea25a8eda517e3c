namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>One damage done to a generated document; see <see cref="Mutations.Apply"/> for the kinds.</summary>
internal sealed record Mutation(int Kind, int At, int Other, int Payload);
