using System.Reflection;

namespace Zhenggai.Incremental;

/// <summary>
/// What a cache is only valid for: this cache format and this exact build of the tool. The
/// module version id changes with any change to the compiled code (and stays put for the same
/// source, builds being deterministic), so a cache written by another build of Zhenggai, even
/// one with the same version number, is never trusted. Library versions are part of the
/// compiled references, and the .NET runtime's version is added, since it formats text too.
/// </summary>
public static class ToolVersion
{
    /// <summary>Bump when the layout of the cache file changes.</summary>
    public const int CacheFormat = 1;

    public static string Text { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>The 32-byte salt every cache key starts with.</summary>
    public static byte[] Salt { get; } = ContentHasher.Of(new object[]
    {
        "zhenggai-cache", CacheFormat, Text, typeof(ToolVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
    });
}
