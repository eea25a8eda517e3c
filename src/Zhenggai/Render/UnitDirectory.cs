using System.Security.Cryptography;
using System.Text;
using Zhenggai.Import;
using Zhenggai.Render.Views;
using Zhenggai.Settings;

namespace Zhenggai.Render;

/// <summary>
/// Where each responsible unit is published. A known unit (settings <c>Units</c>) lives at
/// <c>units/SLUG/</c>, and a record may name it by any alias. A unit the settings do not
/// know still gets a page, at <c>units/u-XXXXXXXX/</c> (the first 8 hex digits of the
/// SHA-256 of its name): stable while the name is, ASCII for every server, and the build
/// warns so the webmaster can give it a readable slug. When that happens the old address
/// redirects to the new one, because the name (or an alias) still hashes to it.
/// </summary>
public sealed class UnitDirectory
{
    public const string Folder = "units/";

    private readonly IReadOnlyList<UnitDefinition> _known;

    public UnitDirectory(IReadOnlyList<UnitDefinition> known) => _known = known;

    public IReadOnlyList<UnitDefinition> Known => _known;

    public UnitDefinition? Find(string name) =>
        _known.FirstOrDefault(u => u.Name == name || u.Aliases.Contains(name));

    public UnitRef Resolve(string name)
    {
        var unit = Find(name);
        var canonical = unit?.Name ?? UnitExtractor.Canonical(name, _known);
        var slug = unit?.Slug ?? HashSlug(canonical);
        return new UnitRef(canonical, slug, Url(slug), unit is not null);
    }

    public static string Url(string slug) => Folder + slug + "/";

    public static string HashSlug(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return "u-" + Convert.ToHexStringLower(hash)[..8];
    }

    /// <summary>Hash addresses a known unit had, or would have had, before it was added to the settings.</summary>
    public IEnumerable<(string OldUrl, string NewUrl)> FormerAddresses() =>
        _known.SelectMany(u => u.Aliases.Prepend(u.Name).Select(n => (Url(HashSlug(n)), Url(u.Slug))));
}
