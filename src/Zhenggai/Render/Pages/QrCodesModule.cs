using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Settings;
using Zhenggai.Write;

namespace Zhenggai.Render.Pages;

/// <summary>
/// findings/N/qr.svg for every finding: a QR code of the page's absolute address, for print
/// and for notices. Without a Host there is no absolute address to encode, so no codes are
/// made and the build says so once.
/// </summary>
public sealed class QrCodesModule : IModule
{
    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        if (context.Settings.AbsoluteRoot is null)
        {
            context.Diagnostics.Add(Diagnostic.Warning("ZG0810", SettingsLoader.FileName, 1,
                "no `Host` is set, so finding pages carry no QR code and their citations give site-relative addresses",
                "set `Host` in statiq.json to the host name the site is served from, e.g. \"Host\": \"www.example.gov.cn\" (and `LinkRoot` if it lives under a sub-path)"));
            return;
        }
        var addresses = new SiteAddresses(context.Settings);
        // Each code is written as it is made rather than held until the write phase.
        Parallel.For(0, context.Records.Count, i =>
        {
            var r = context.Records[i];
            var address = addresses.Absolute(addresses.FindingAddress(r.Number))!;
            WriteFilesModule.AddWritten(context, new SiteDocument(OfficialsViews.QrUrl(r.Number), "qr")
            {
                Content = Encoding.UTF8.GetBytes(QrSvg.Render(address, $"{r.Label}：{address}")),
            });
        });
    }
}
