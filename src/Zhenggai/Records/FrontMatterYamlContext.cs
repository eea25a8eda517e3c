using YamlDotNet.Serialization;

namespace Zhenggai.Records;

/// <summary>
/// YamlDotNet's description of the front matter types, generated at compile time
/// (Vecc.YamlDotNet.Analyzers.StaticGenerator) so that reading records needs no reflection.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(RecordFrontMatter))]
[YamlSerializable(typeof(FrontMatterCommitment))]
public partial class FrontMatterYamlContext : StaticContext;
