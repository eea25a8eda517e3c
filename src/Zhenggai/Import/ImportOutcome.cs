namespace Zhenggai.Import;

/// <summary>What an import did to one record file.</summary>
public enum ImportOutcome
{
    /// <summary>The record did not exist and was written.</summary>
    Created,

    /// <summary>The record existed and its official text or source fields changed; its editorial fields were kept.</summary>
    Updated,

    /// <summary>The record already said exactly this; the file was not touched.</summary>
    Unchanged,
}
