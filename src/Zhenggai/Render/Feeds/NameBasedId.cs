using System.Security.Cryptography;
using System.Text;

namespace Zhenggai.Render.Feeds;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same
/// <c>urn:uuid:</c>, so feed ids stay stable across builds without a host name to anchor them.
/// </summary>
public static class NameBasedId
{
    /// <summary>This tool's namespace, itself the version-5 UUID of "zhenggai" in the URL namespace.</summary>
    private static readonly Guid Namespace = Create(Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "zhenggai");

    public static string Urn(string name) => "urn:uuid:" + Create(Namespace, name).ToString("D");

    public static Guid Create(Guid namespaceId, string name)
    {
        var ns = namespaceId.ToByteArray(bigEndian: true);
        var bytes = Encoding.UTF8.GetBytes(name);
#pragma warning disable CA5350 // SHA-1 is what version 5 is defined with; it names, it does not protect.
        var hash = SHA1.HashData([.. ns, .. bytes]);
#pragma warning restore CA5350
        var uuid = hash.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
