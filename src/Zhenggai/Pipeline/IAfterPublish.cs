namespace Zhenggai.Pipeline;

/// <summary>
/// A module with work that may only happen once the new output is live, such as recording
/// its addresses. Never called for a build that failed.
/// </summary>
public interface IAfterPublish
{
    void AfterPublish(BuildContext context);
}
