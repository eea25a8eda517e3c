using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;

namespace Zhenggai.Records;

/// <summary>Reads and validates every finding record under input/findings/.</summary>
public sealed class ReadRecordsModule : IModule
{
    public BuildPhase Phase => BuildPhase.Read;

    public void Execute(BuildContext context)
    {
        try
        {
            context.Records = RecordStore.Load(context.SiteRoot, context.Settings, context.Cache is { } cache ? cache.ReadRecord : null, context.RecordFeed);
            if (context.Records.Count == 0)
                context.Diagnostics.Add(Diagnostic.Error("ZG0307", RecordStore.FindingsFolder, 1, "there are no finding records to publish",
                    "run `zhenggai import` to create records from the documents in seeds/"));
        }
        catch (DiagnosticException ex)
        {
            context.Diagnostics.AddRange(ex.Diagnostics);
        }
    }
}
