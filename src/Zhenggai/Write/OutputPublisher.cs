namespace Zhenggai.Write;

/// <summary>
/// Safe publishing: a build writes into a staging folder beside the output folder, and only a
/// build that passed every check replaces the output, by two renames. A failed or killed build
/// leaves the previous output as it was; a build killed between the two renames is repaired
/// by the next one.
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
    }

    public string OutputFolder { get; }
    public string StagingFolder { get; }
    public string PreviousFolder { get; }

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
    }
}
