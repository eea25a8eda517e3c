using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhenggai.Settings;

/// <summary>
/// statiq.json's reader, generated at compile time: the reflection-based reader emitted and
/// compiled a setter per property on every start, a fifth of a small site's build. Unknown keys
/// stay errors (<see cref="JsonUnmappedMemberHandling.Disallow"/>). The settings types have
/// <c>set</c> rather than <c>init</c> accessors because the generator passes every init-only
/// property to the constructor, so a key the file leaves out would lose its default (null
/// themes, LinkRoot and footer: dotnet/runtime#84484).
/// </summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = false,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SiteSettings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
