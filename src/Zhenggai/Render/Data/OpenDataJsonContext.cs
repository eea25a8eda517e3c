using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhenggai.Render.Data;

/// <summary>
/// The open data types' JSON metadata, generated at compile time with the options
/// <see cref="OpenDataJson"/> documents. The reflection resolver it replaces emitted and compiled
/// an accessor for every property at start-up, a visible share of a small site's build.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(ReadableJsonStringConverter)],
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OpenDataFile))]
[JsonSerializable(typeof(OpenDataFinding))]
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
