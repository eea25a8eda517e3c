namespace Zhenggai.Pipeline;

/// <summary>
/// The phases every build runs in order. Render starts only when every document exists,
/// so a page can list or link any other page (indexes, previous/next).
/// </summary>
public enum BuildPhase
{
    Read,
    Process,
    Render,
    Write,
    Check,
}
