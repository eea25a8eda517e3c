using System.Xml.Linq;
using Zhenggai.Check;
using Zhenggai.Render;

namespace Zhenggai.Tests.Officials;

public class QrCodeTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public QrCodeTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void EveryFindingHasAQrCodeThatDecodesToItsAbsoluteAddress()
    {
        foreach (var r in SeedFindings.Records)
        {
            var address = $"{SeedSiteFixture.AbsoluteRoot}findings/{r.Number}/";
            var page = $"findings/{r.Number}/index.html";
            var doc = SeedSiteFixture.Parse(_site.WithHost, page);
            var img = doc.QuerySelector(".summary .qr img")!;
            var (svgPath, _) = LinkCheck.Resolve(page, img.GetAttribute("src")!, SeedSiteFixture.LinkRoot, rooted: false);
            Assert.Equal($"findings/{r.Number}/qr.svg", svgPath);
            Assert.Contains(address, img.GetAttribute("alt"));

            Assert.Equal(address, SvgRaster.Decode(_site.WithHost.ReadOutput(svgPath)));
        }
    }

    [Fact]
    public void TheSvgHasNoInlineStyleNoScriptAndIsTheSameEveryTime()
    {
        var svg = _site.WithHost.ReadOutput("findings/13/qr.svg");
        var root = XDocument.Parse(svg).Root!;
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "style" or "script" or "foreignObject");
        Assert.Equal(svg, QrSvg.Render($"{SeedSiteFixture.AbsoluteRoot}findings/13/", $"序号十三：{SeedSiteFixture.AbsoluteRoot}findings/13/"));
        Assert.True(svg.Length < 8000, $"{svg.Length} bytes");
    }

    [Fact]
    public void TheRasteriserReadsWhatTheGeneratorDrew()
    {
        // Guards the decoder test itself: the bitmap read from the SVG is the module matrix.
        var text = "https://x.gov.cn/findings/1/";
        var (size, dark) = SvgRaster.Rasterise(QrSvg.Render(text, "t"));
        var matrix = QrSvg.Matrix(text);
        Assert.Equal(matrix.GetLength(0), size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                Assert.Equal(matrix[y, x], dark[y, x]);
        Assert.NotEqual(text, SvgRaster.Decode(QrSvg.Render("https://x.gov.cn/findings/2/", "t")));
    }

    [Fact]
    public void ThePrintStylesheetKeepsTheQrCode()
    {
        var print = _site.WithHost.ReadOutput("assets/css/print.css");
        var rules = print.Split('}').Select(r => r.Split('{')).Where(r => r.Length == 2).ToList();
        Assert.Contains(rules, r => r[0].Split(',').Any(s => s.Trim() == ".qr img"));
        foreach (var r in rules.Where(r => r[1].Replace(" ", "").Contains("display:none")))
            Assert.DoesNotContain(r[0].Split(',').Select(s => s.Trim()), s => s is ".qr" or ".qr img" or ".summary" or "img");
    }

    [Fact]
    public void WithoutHostThereIsNoQrCodeAndTheBuildWarnsOnce()
    {
        var warning = Assert.Single(_site.NoHostResult.Warnings, w => w.Code == "ZG0810");
        Assert.Contains("Host", warning.Hint);
        Assert.Equal("statiq.json", warning.File);
        Assert.DoesNotContain(_site.WithHostResult.Warnings, w => w.Code == "ZG0810");
        foreach (var r in SeedFindings.Records)
        {
            Assert.False(_site.NoHost.OutputExists($"findings/{r.Number}/qr.svg"));
            Assert.Null(SeedSiteFixture.Parse(_site.NoHost, $"findings/{r.Number}/index.html").QuerySelector(".qr"));
        }
    }
}
