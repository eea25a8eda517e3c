using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>
/// Writes manifest.sha256 at the output root (format: <see cref="Sha256Manifest"/>).
/// <para>
/// Without the build cache it lists the files the build wrote, with the SHA-256 taken from their
/// bytes as they were written (<see cref="BuildContext.WrittenHashes"/>): nothing is read back and
/// no folder is walked. It used to walk the staging folder to catch files written any other way,
/// but <see cref="Check.ManifestCheck"/> walks it anyway and fails the build on any file the manifest
/// does not list, or that changed after it; the walk here cost 2.8 s of a 100,000-finding build, on
/// one core, with nothing beside it (bench/README.md). With the build cache, the output is the
/// staging folder plus the published files the build keeps, and the cache hashes both.
/// </para>
/// <para>
/// It must run after every other write: SiteBuilder registers it last in the Write phase. Being a
/// module (not part of the publisher) it is a document like any other, so pages can link to it and
/// the link check sees it.
/// </para>
/// </summary>
public sealed class ManifestModule : IModule
{
    public const string ManifestPath = "manifest.sha256";

    public BuildPhase Phase => BuildPhase.Write;

    public void Execute(BuildContext context)
    {
        var hashes = context.Cache?.HashOutput(ManifestPath) ?? Written(context);
        foreach (var path in hashes.Keys.Where(p => !Sha256Manifest.IsPlainPath(p)))
            context.Diagnostics.Add(Diagnostic.Error("ZG0711", "output/" + path, 1,
                "a published file name holds a backslash or a line break, which the manifest cannot list plainly",
                "rename the file in theme/assets/ or the input"));
        var content = Encoding.UTF8.GetBytes(Sha256Manifest.Format(hashes));
        File.WriteAllBytes(Path.Combine(context.OutputFolder, ManifestPath), content);
        context.Add(new SiteDocument(ManifestPath, "manifest") { Content = content });
        context.Log.Enqueue($"{ManifestPath}: {hashes.Count} files");
    }

    private static Dictionary<string, string> Written(BuildContext context)
    {
        var hashes = new Dictionary<string, string>(context.WrittenHashes.Count, StringComparer.Ordinal);
        foreach (var (path, written) in context.WrittenHashes)
            if (path != ManifestPath) hashes[path] = written.Sha256.ToHex();
        return hashes;
    }
}
