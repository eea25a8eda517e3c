namespace Zhenggai.Write;

/// <summary>
/// Safe publishing: a build writes into a staging folder beside the output folder, and only a
/// build that passed every check replaces the output, by two renames. A failed or killed build
/// leaves the previous output as it was; a build killed between the two renames is repaired
/// by the next one.
/// <para>
/// An incremental build (<see cref="PublishDelta"/>) stages only the files that changed. It
/// first writes a journal beside the output listing what to delete, then deletes those files,
/// moves each staged file into place (one rename each) and removes the journal; a build killed
/// on the way is finished by the next one, from the journal and what is left in staging.
/// </para>
/// </summary>
public sealed class OutputPublisher
{
    public OutputPublisher(string outputFolder)
    {
        OutputFolder = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(OutputFolder)!;
        var name = Path.GetFileName(OutputFolder);
        StagingFolder = Path.Combine(parent, $".{name}-staging");
        PreviousFolder = Path.Combine(parent, $".{name}-previous");
        JournalFile = Path.Combine(parent, $".{name}-publishing");
    }

    public string OutputFolder { get; }
    public string StagingFolder { get; }
    public string PreviousFolder { get; }
    public string JournalFile { get; }

    /// <summary>Repairs an interrupted publish, then gives an empty staging folder.</summary>
    public string PrepareStaging()
    {
        Recover();
        if (Directory.Exists(StagingFolder)) Directory.Delete(StagingFolder, recursive: true);
        Directory.CreateDirectory(StagingFolder);
        return StagingFolder;
    }

    public void Publish()
    {
        if (Directory.Exists(PreviousFolder)) Directory.Delete(PreviousFolder, recursive: true);
        if (Directory.Exists(OutputFolder)) Directory.Move(OutputFolder, PreviousFolder);
        Directory.Move(StagingFolder, OutputFolder);
        if (Directory.Exists(PreviousFolder)) Directory.Delete(PreviousFolder, recursive: true);
    }

    /// <summary>Publishes a staging folder holding only new and changed files; <paramref name="deletions"/> are output paths no longer produced.</summary>
    public void PublishDelta(IReadOnlyList<string> deletions)
    {
        if (!Directory.Exists(OutputFolder))
        {
            Publish();
            return;
        }
        var temp = JournalFile + ".tmp";
        // NUL-separated: the one character no path holds.
        File.WriteAllText(temp, string.Join('\0', deletions));
        File.Move(temp, JournalFile, overwrite: true);
        FinishDelta();
    }

    private void FinishDelta()
    {
        var deletions = File.ReadAllText(JournalFile).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var output = OutputFolder + Path.DirectorySeparatorChar;
        // Deletions first: a folder that becomes a file (or the reverse) is then out of the way of the moves.
        foreach (var path in deletions)
        {
            var full = Path.GetFullPath(Path.Combine(OutputFolder, path));
            if (!full.StartsWith(output, StringComparison.Ordinal)) continue;
            if (File.Exists(full)) File.Delete(full);
            PruneEmptyFolders(Path.GetDirectoryName(full)!);
        }
        if (Directory.Exists(StagingFolder))
        {
            foreach (var file in Directory.EnumerateFiles(StagingFolder, "*", SearchOption.AllDirectories).ToList())
            {
                var target = Path.Combine(OutputFolder, Path.GetRelativePath(StagingFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
            Directory.Delete(StagingFolder, recursive: true);
        }
        File.Delete(JournalFile);
    }

    private void PruneEmptyFolders(string folder)
    {
        while (folder.Length > OutputFolder.Length && folder.StartsWith(OutputFolder, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    public void Discard()
    {
        if (Directory.Exists(StagingFolder)) Directory.Delete(StagingFolder, recursive: true);
    }

    private void Recover()
    {
        if (!Directory.Exists(OutputFolder) && Directory.Exists(PreviousFolder))
            Directory.Move(PreviousFolder, OutputFolder);
        else if (Directory.Exists(PreviousFolder))
            Directory.Delete(PreviousFolder, recursive: true);
        if (File.Exists(JournalFile))
        {
            if (Directory.Exists(OutputFolder)) FinishDelta();
            else File.Delete(JournalFile);
        }
    }
}
