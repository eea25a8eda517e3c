namespace Zhenggai.Pipeline;

/// <summary>A small single-purpose step of the build.</summary>
public interface IModule
{
    BuildPhase Phase { get; }

    void Execute(BuildContext context);
}
