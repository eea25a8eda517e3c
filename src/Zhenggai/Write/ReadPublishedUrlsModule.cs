using Zhenggai.Pipeline;

namespace Zhenggai.Write;

/// <summary>Reads the address ledger before anything is built, so a broken ledger stops the build early.</summary>
public sealed class ReadPublishedUrlsModule : IModule
{
    private readonly PublishedUrlLedger _ledger;

    public ReadPublishedUrlsModule(PublishedUrlLedger ledger) => _ledger = ledger;

    public BuildPhase Phase => BuildPhase.Read;

    public void Execute(BuildContext context) => _ledger.Load(context.SiteRoot, context.Diagnostics);
}
