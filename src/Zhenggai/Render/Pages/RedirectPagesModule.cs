using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Write;

namespace Zhenggai.Render.Pages;

/// <summary>
/// Redirect pages at old addresses. A record's <c>redirect_from</c> sends its old addresses
/// to the finding. Any other page the ledger knows but this build no longer makes (a status view
/// that emptied, a unit that got a readable slug) is sent to the unit's new page or to the
/// nearest page above it, and the build log says so: those are lists, and the list above still answers. A finding page is never sent
/// anywhere by guesswork: that is the check's error, and the record that replaced it must say so.
/// Register it after every other process module: it looks at the pages they made.
/// </summary>
public sealed class RedirectPagesModule : IModule
{
    private readonly PublishedUrlLedger? _ledger;

    public RedirectPagesModule(PublishedUrlLedger? ledger) => _ledger = ledger;

    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var links = new LinkResolver(context.Settings.LinkHideIndexPages);
        var settings = context.Settings;
        foreach (var r in context.Records)
        {
            var target = SiteViews.FindingUrl(r.Number);
            foreach (var from in r.RedirectFrom)
            {
                var address = PublishedUrlLedger.Normalise(from);
                if (!PublishedUrlLedger.IsAddress(address) || address == PublishedUrlLedger.Root)
                {
                    context.Diagnostics.Add(Diagnostic.Error("ZG0803", r.FilePath ?? RecordFile.FileName(r.Number), 2,
                        $"redirect_from `{from}` is not a page address that can be redirected",
                        "write the old page address relative to the site root, e.g. `findings/12/`"));
                    continue;
                }
                Add(context, links, address, target, $"{r.Label} {r.Title}");
            }
        }
        if (_ledger is null) return;

        var formerUnits = new OfficialsViews(settings).Units.FormerAddresses()
            .GroupBy(x => x.OldUrl, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().NewUrl, StringComparer.Ordinal);
        foreach (var (address, line) in _ledger.Previous)
        {
            if (Exists(context, address) || PublishedUrlLedger.IsFindingAddress(address)) continue;
            var target = formerUnits.TryGetValue(address, out var unitUrl) && Exists(context, unitUrl) ? unitUrl : NearestList(context, address);
            if (target is null) continue;
            // A log line, not a warning: status views empty out as work gets done, and a warning
            // repeated on every build from then on would teach people to ignore warnings.
            context.Log.Enqueue($"redirect: `{address}` is no longer a page and now leads to `{(target.Length == 0 ? PublishedUrlLedger.Root : target)}`");
            var title = context.TryGetDocument(PublishedUrlLedger.DocumentPathOf(target), out var doc) ? doc!.Title ?? target : target;
            Add(context, links, address, target, title);
        }
    }

    private static bool Exists(BuildContext context, string address) =>
        context.TryGetDocument(PublishedUrlLedger.DocumentPathOf(address), out _);

    /// <summary>The nearest folder above <paramref name="address"/> that is a page; the home page at the latest.</summary>
    private static string? NearestList(BuildContext context, string address)
    {
        var a = address.TrimEnd('/');
        while (true)
        {
            var slash = a.LastIndexOf('/');
            if (slash <= 0) return Exists(context, "") ? "" : null;
            a = a[..slash];
            if (Exists(context, a + "/")) return a + "/";
        }
    }

    /// <summary>Kind of every redirect page; the sitemap leaves this kind out.</summary>
    public const string Kind = "redirect";

    private static void Add(BuildContext context, LinkResolver links, string address, string target, string label)
    {
        var path = PublishedUrlLedger.DocumentPathOf(address);
        context.Add(new SiteDocument(path, Kind)
        {
            Title = "本页已迁移",
            Content = Encoding.UTF8.GetBytes(RedirectPage.Html(path, target, label, context.Settings, links)),
        });
    }
}
