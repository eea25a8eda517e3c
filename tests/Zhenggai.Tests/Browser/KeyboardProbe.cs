using System.Text.Json;
using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>Drives a page with the keyboard alone, as a reader without a mouse would.</summary>
public static class KeyboardProbe
{
    private const string DescribeFocusScript = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          let selector = el.tagName.toLowerCase();
          if (el.id) selector += '#' + el.id;
          for (const c of el.classList) selector += '.' + c;
          const style = getComputedStyle(el);
          return JSON.stringify({
            tag: el.tagName.toLowerCase(),
            id: el.id || null,
            href: el.getAttribute('href'),
            text: (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\s+/g, ' '),
            selector,
            insideMain: !!el.closest('main, [role=main]'),
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth) || 0,
            boxShadow: style.boxShadow,
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Presses Tab once and reports the focused element, or null when focus left the document's elements.</summary>
    public static async Task<FocusedElement?> PressTabAsync(IPage page, bool shift = false)
    {
        await page.Keyboard.PressAsync(shift ? "Shift+Tab" : "Tab");
        return await FocusedAsync(page);
    }

    /// <summary>Presses a key (e.g. "Enter" on a focused link) and reports the focused element afterwards.</summary>
    public static async Task<FocusedElement?> PressAsync(IPage page, string key)
    {
        await page.Keyboard.PressAsync(key);
        return await FocusedAsync(page);
    }

    /// <summary>The element that has focus now, or null for none (the body).</summary>
    public static async Task<FocusedElement?> FocusedAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string?>(DescribeFocusScript);
        return json is null ? null : JsonSerializer.Deserialize<FocusedElement>(json, Json);
    }

    /// <summary>
    /// Presses Tab until <paramref name="stop"/> holds for the focused element, at most
    /// <paramref name="maxPresses"/> times; returns every element focused on the way, in order.
    /// The last one satisfies <paramref name="stop"/> unless the limit was reached.
    /// </summary>
    public static async Task<IReadOnlyList<FocusedElement?>> TabUntilAsync(
        IPage page, Func<FocusedElement, bool> stop, int maxPresses = 50)
    {
        var stops = new List<FocusedElement?>();
        for (var i = 0; i < maxPresses; i++)
        {
            var focused = await PressTabAsync(page);
            stops.Add(focused);
            if (focused is not null && stop(focused))
            {
                break;
            }
        }

        return stops;
    }
}
