using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        // The options are declared on OpenDataJsonContext, whose compile-time metadata also keeps
        // the declared key order FindingsJsonWriter reads.
        var options = new JsonSerializerOptions(OpenDataJsonContext.Default.Options);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The file's bytes: the UTF-8 JSON and a final newline. Serialised to UTF-8 directly, not
    /// through a string (the same bytes; one finding file each at 10,000 findings made it count).
    /// </summary>
    public static byte[] Serialize<T>(T value)
    {
        // Through the compile-time metadata of OpenDataJsonContext (the options' resolver): no reflection,
        // which the published tool, compiled ahead of time, does not have for serialisation.
        var json = JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
        var file = new byte[json.Length + 1];
        json.CopyTo(file, 0);
        file[^1] = (byte)'\n';
        return file;
    }

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))) ?? throw new JsonException("the file holds null");
}
