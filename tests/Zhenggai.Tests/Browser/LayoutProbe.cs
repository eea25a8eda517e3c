using System.Text.Json;
using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>Layout measurements taken in the real browser.</summary>
public static class LayoutProbe
{
    private const string MeasureScript = """
        () => {
          const root = document.documentElement;
          const limit = root.clientWidth;
          const describe = el => {
            let s = el.tagName.toLowerCase();
            if (el.id) s += '#' + el.id;
            for (const c of el.classList) s += '.' + c;
            return s;
          };
          const sticksOut = el => el.getBoundingClientRect().right > limit + 0.5;
          const wide = [];
          for (const el of document.body ? document.body.querySelectorAll('*') : []) {
            // Only the outermost offender: its children are usually wide because it is.
            if (sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement))) {
              wide.push(describe(el));
              if (wide.length >= 10) break;
            }
          }
          return JSON.stringify({ scrollWidth: root.scrollWidth, clientWidth: limit, wide });
        }
        """;

    /// <summary>
    /// Resizes the viewport to <paramref name="width"/> (keeping its height), lets the layout
    /// settle, and compares document.documentElement.scrollWidth with clientWidth.
    /// </summary>
    public static async Task<HorizontalOverflow> MeasureHorizontalOverflowAsync(IPage page, int width)
    {
        var height = page.ViewportSize?.Height ?? 800;
        await page.SetViewportSizeAsync(width, height);
        // Two animation frames: media queries and layout have applied by the second.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var json = await page.EvaluateAsync<string>(MeasureScript);
        using var doc = JsonDocument.Parse(json);
        var result = doc.RootElement;
        return new HorizontalOverflow(
            width,
            result.GetProperty("scrollWidth").GetInt32(),
            result.GetProperty("clientWidth").GetInt32(),
            result.GetProperty("wide").EnumerateArray().Select(e => e.GetString() ?? "").ToArray());
    }
}
