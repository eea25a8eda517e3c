using System.Globalization;
using System.Text;
using QRCoder;

namespace Zhenggai.Render;

/// <summary>
/// A QR code as a small SVG file: one white square and one black path drawn from the module
/// matrix, no style attributes (the site's Content-Security-Policy forbids inline styles),
/// the 4-module quiet zone readers need, and the same bytes for the same text.
/// </summary>
public static class QrSvg
{
    /// <summary>Drawn size of one module in CSS pixels when the SVG is shown at its natural size.</summary>
    public const int ModulePixels = 4;

    /// <summary>The module matrix including the quiet zone: true is a dark module.</summary>
    public static bool[,] Matrix(string text)
    {
        // Level M: survives a crease or a stain on a printed notice, and keeps the code small.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var matrix = new bool[size, size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                matrix[y, x] = rows[y][x];
        return matrix;
    }

    public static string Render(string text, string title)
    {
        var matrix = Matrix(text);
        var size = matrix.GetLength(0);
        var n = size.ToString(CultureInfo.InvariantCulture);
        var px = (size * ModulePixels).ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(n).Append(' ').Append(n)
          .Append("\" width=\"").Append(px).Append("\" height=\"").Append(px)
          .Append("\" shape-rendering=\"crispEdges\" role=\"img\">");
        sb.Append("<title>").Append(Html.Escape(title)).Append("</title>");
        sb.Append("<rect width=\"").Append(n).Append("\" height=\"").Append(n).Append("\" fill=\"#fff\"/>");
        sb.Append("<path fill=\"#000\" d=\"").Append(PathData(matrix)).Append("\"/>");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>Each horizontal run of dark modules as one rectangle: <c>M x y h w v1 h -w z</c>.</summary>
    public static string PathData(bool[,] matrix)
    {
        var size = matrix.GetLength(0);
        var sb = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var x = 0;
            while (x < size)
            {
                if (!matrix[y, x]) { x++; continue; }
                var start = x;
                while (x < size && matrix[y, x]) x++;
                var w = (x - start).ToString(CultureInfo.InvariantCulture);
                sb.Append('M').Append(start.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString(CultureInfo.InvariantCulture))
                  .Append('h').Append(w).Append("v1h-").Append(w).Append('z');
            }
        }
        return sb.ToString();
    }
}
