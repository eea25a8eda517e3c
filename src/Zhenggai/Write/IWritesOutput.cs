namespace Zhenggai.Write;

/// <summary>Marks a module that touches the disk outside the staging folder (e.g. a ledger); `check` skips it.</summary>
public interface IWritesOutput
{
}
