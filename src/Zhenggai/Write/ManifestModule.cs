using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>
/// Writes manifest.sha256 at the output root (format: <see cref="Sha256Manifest"/>).
/// <para>
/// It lists the files on disk in the staging folder, not the documents in memory, so it
/// covers exactly the files that get published, whatever wrote them; a file the build wrote
/// through <see cref="WriteFilesModule"/> is not read back (its hash was taken from the bytes
/// as they were written, <see cref="BuildContext.WrittenHashes"/>), any other file is hashed
/// from disk, and <see cref="Check.ManifestCheck"/> then verifies every file from disk. It must run after every
/// other write: SiteBuilder registers it last in the Write phase, and <see cref="Check.ManifestCheck"/>
/// fails the build if any file changed or appeared after it. Being a module (not part of the
/// publisher) it is a document like any other, so pages can link to it and the link check sees it.
/// </para>
/// </summary>
public sealed class ManifestModule : IModule
{
    public const string ManifestPath = "manifest.sha256";

    public BuildPhase Phase => BuildPhase.Write;

    public void Execute(BuildContext context)
    {
        // With the build cache, the output is the staging folder plus the published files the build keeps.
        var hashes = context.Cache?.HashOutput(ManifestPath) ?? Sha256Manifest.HashFiles(context.OutputFolder, ManifestPath, context.WrittenHashes, DateTime.MaxValue);
        foreach (var path in hashes.Keys.Where(p => !Sha256Manifest.IsPlainPath(p)))
            context.Diagnostics.Add(Diagnostic.Error("ZG0711", "output/" + path, 1,
                "a published file name holds a backslash or a line break, which the manifest cannot list plainly",
                "rename the file in theme/assets/ or the input"));
        var content = Encoding.UTF8.GetBytes(Sha256Manifest.Format(hashes));
        File.WriteAllBytes(Path.Combine(context.OutputFolder, ManifestPath), content);
        context.Add(new SiteDocument(ManifestPath, "manifest") { Content = content });
        context.Log.Enqueue($"{ManifestPath}: {hashes.Count} files");
    }
}
