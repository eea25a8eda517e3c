using System.Text.RegularExpressions;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Write;

namespace Zhenggai.Check;

/// <summary>
/// Keeps the promise of the address ledger: every address it lists must still be published,
/// as its page or as a redirect page. A missing one fails the build, naming the address and
/// what to do. After a successful publish the ledger gains this build's new addresses.
/// </summary>
public sealed partial class PublishedUrlsCheck : IModule, IAfterPublish
{
    private readonly PublishedUrlLedger _ledger;

    public PublishedUrlsCheck(PublishedUrlLedger ledger) => _ledger = ledger;

    public BuildPhase Phase => BuildPhase.Check;

    [GeneratedRegex(@"^findings/(?<n>[0-9]+)/$")]
    private static partial Regex FindingNumber();

    public void Execute(BuildContext context)
    {
        var published = context.Documents.Select(d => PublishedUrlLedger.AddressOf(d.Path)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (address, line) in _ledger.Previous)
        {
            if (published.Contains(address)) continue;
            var finding = FindingNumber().Match(address);
            var hint = finding.Success
                ? $"if finding {finding.Groups["n"].Value} moved or was merged, add `redirect_from: [{address}]` to the front matter of the record that replaced it; if its record was deleted by mistake, restore input/findings/{int.Parse(finding.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture):000}.md. Published addresses are cited in notices and stay valid for good"
                : $"restore what made this page, or add `redirect_from: [{address}]` to the record of the finding that now holds its content. Published addresses are cited in notices and stay valid for good";
            context.Diagnostics.Add(Diagnostic.Error("ZG0802", PublishedUrlLedger.FileName, line,
                $"`{address}` was published before but this build would not publish it", hint));
        }
        _ledger.Next = _ledger.Previous.Select(p => p.Address).Concat(published).ToList();
    }

    public void AfterPublish(BuildContext context)
    {
        try
        {
            if (_ledger.Save(context.SiteRoot))
                context.Log.Enqueue($"updated {PublishedUrlLedger.FileName}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new output is already live; the next build adds the addresses again.
            context.Diagnostics.Add(Diagnostic.Warning("ZG0804", PublishedUrlLedger.FileName, 1,
                $"the site was published but the address ledger could not be updated: {ex.Message}",
                "make input/ writable and build again, then commit input/published-urls.txt"));
        }
    }
}
