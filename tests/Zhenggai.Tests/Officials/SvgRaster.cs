using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Zhenggai.Tests.Officials;

/// <summary>
/// Reads a QR code back from the SVG the site publishes: parses the XML, draws the path
/// (M, h, v, H, V, z; anything else fails the test) with the even-odd rule into a bitmap,
/// and decodes the bitmap with ZXing. Nothing is taken from the generator's own matrix.
/// </summary>
internal static partial class SvgRaster
{
    [GeneratedRegex(@"([MmHhVvZz])\s*([-0-9.\s,]*)")]
    private static partial Regex Command();

    public static string Decode(string svg, int pixelsPerUnit = 6)
    {
        var (size, dark) = Rasterise(svg);
        var px = size * pixelsPerUnit;
        var luminance = new byte[px * px];
        for (var y = 0; y < px; y++)
            for (var x = 0; x < px; x++)
                luminance[y * px + x] = dark[y / pixelsPerUnit, x / pixelsPerUnit] ? (byte)0 : (byte)255;
        var source = new RGBLuminanceSource(luminance, px, px, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
            new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
        return result?.Text ?? throw new InvalidOperationException("ZXing found no QR code in the SVG");
    }

    /// <summary>The SVG as a grid of view-box units: true where the centre of the unit is inside the black path.</summary>
    public static (int Size, bool[,] Dark) Rasterise(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var box = root.Attribute("viewBox")!.Value.Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        if (box[0] != 0 || box[1] != 0 || box[2] != box[3]) throw new InvalidOperationException("unexpected viewBox " + root.Attribute("viewBox")!.Value);
        var size = box[2];
        var polygons = new List<List<(double X, double Y)>>();
        foreach (var path in root.Descendants(ns + "path").Where(p => (string?)p.Attribute("fill") is "#000" or "#000000" or "black"))
        {
            List<(double X, double Y)>? current = null;
            double x = 0, y = 0;
            foreach (Match m in Command().Matches(path.Attribute("d")!.Value))
            {
                var args = m.Groups[2].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray();
                switch (m.Groups[1].Value)
                {
                    case "M": x = args[0]; y = args[1]; current = [(x, y)]; polygons.Add(current); break;
                    case "m": x += args[0]; y += args[1]; current = [(x, y)]; polygons.Add(current); break;
                    case "h": x += args[0]; current!.Add((x, y)); break;
                    case "H": x = args[0]; current!.Add((x, y)); break;
                    case "v": y += args[0]; current!.Add((x, y)); break;
                    case "V": y = args[0]; current!.Add((x, y)); break;
                    case "z" or "Z": (x, y) = current![0]; break;
                    default: throw new InvalidOperationException("unsupported path command " + m.Value);
                }
            }
        }
        var dark = new bool[size, size];
        for (var row = 0; row < size; row++)
            for (var col = 0; col < size; col++)
            {
                var inside = false;
                foreach (var poly in polygons)
                    if (Contains(poly, col + 0.5, row + 0.5)) inside = !inside;
                dark[row, col] = inside;
            }
        return (size, dark);
    }

    private static bool Contains(List<(double X, double Y)> poly, double px, double py)
    {
        var inside = false;
        for (int i = 0, j = poly.Count - 1; i < poly.Count; j = i++)
        {
            var (xi, yi) = poly[i];
            var (xj, yj) = poly[j];
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
