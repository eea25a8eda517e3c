using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Write;

namespace Zhenggai.Check;

/// <summary>
/// Checks manifest.sha256 against the written output, as a reader running
/// <c>sha256sum -c</c> would, and also that it lists every file: a module that wrote after
/// the manifest, or one that wrote a file around the build's writer (which the manifest, made
/// from the writes, does not know), fails the build instead of publishing a manifest that does
/// not verify. Files the build wrote itself and has not touched since are checked by
/// length and time instead of being read back (see <see cref="Execute"/>).
/// </summary>
public sealed class ManifestCheck : IModule
{
    public BuildPhase Phase => BuildPhase.Check;

    /// <summary>
    /// Starts the check beside the other checks, which only read the output too: it is mostly
    /// walking the output's folders and waiting on the file system (10,500 folders at 10,000
    /// findings), which leaves a core to the link and text checks. The pipeline waits for it before
    /// the build ends, and before discarding a build that fails meanwhile.
    /// </summary>
    public void Execute(BuildContext context) =>
        context.Background.Start(BuildPhase.Check + 1, () => Verify(context));

    private static void Verify(BuildContext context)
    {
        var manifestFile = Path.Combine(context.OutputFolder, ManifestModule.ManifestPath);
        if (!File.Exists(manifestFile))
        {
            context.Diagnostics.Add(Diagnostic.Error("ZG0712", "output/" + ManifestModule.ManifestPath, 1,
                "the integrity manifest was not written", "keep ManifestModule in the pipeline, last in the Write phase"));
            return;
        }
        Dictionary<string, string> listed;
        using (var reader = new StreamReader(manifestFile, new UTF8Encoding(false))) listed = Sha256Manifest.Parse(reader);
        // Files as the build wrote them are not read back, as git trusts its index: a file whose
        // length is what the build wrote and that was last written well before the manifest cannot
        // have been changed after it. Anything written since (the margin covers the file system's
        // coarse clock), any other file, and every file of a cached build is hashed from disk.
        var trustBefore = File.GetLastWriteTimeUtc(manifestFile) - TimeSpan.FromSeconds(2);
        var actual = context.Cache?.HashOutput(ManifestModule.ManifestPath)
            ?? Sha256Manifest.HashFiles(context.OutputFolder, ManifestModule.ManifestPath, context.WrittenHashes, trustBefore);
        // Each file is looked up once; what is left of the listing afterwards is missing. (Diagnostics are sorted when reported.)
        foreach (var (path, found) in actual)
        {
            if (!listed.Remove(path, out var expected)) Report(context, path, "is not listed in the manifest");
            else if (expected != found) Report(context, path, "changed after the manifest was written");
        }
        foreach (var path in listed.Keys) Report(context, path, "is listed in the manifest but missing");
    }

    private static void Report(BuildContext context, string path, string what) =>
        context.Diagnostics.Add(Diagnostic.Error("ZG0713", "output/" + path, 1, $"`{path}` {what}",
            "a module wrote files after ManifestModule, or around the build's writer: register it before ManifestModule in the Write phase, and write through WriteFilesModule (WriteNow, AddWritten) or record the file in BuildContext.WrittenHashes"));
}
