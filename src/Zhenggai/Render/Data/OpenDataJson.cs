using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhenggai.Render.Data;

/// <summary>
/// Serialises the open data the same way on every machine: camelCase keys in declaration
/// order, two-space indents, LF line ends, a final newline, every key present (null when
/// unset), strings escaped by <see cref="ReadableJsonStringConverter"/>. Reading is strict:
/// an unknown key or a missing required one is an error.
/// </summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters = { new ReadableJsonStringConverter() },
        };
        // Read-only with the default (reflection) resolver, so FindingsJsonWriter can read the key order from the type's metadata.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static byte[] Serialize<T>(T value) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options) + "\n");

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("the file holds null");
}
