using System.Text.Json;
using Microsoft.Playwright;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// Runs axe-core (from tests/browser/node_modules, installed by npm) inside a loaded page and
/// returns its violations. Only rules tagged for WCAG 2.0/2.1 level A and AA run by default,
/// the level the site promises.
/// </summary>
public static class AxeChecker
{
    public static readonly IReadOnlyList<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private const string RunScript = """
        async (tags) => {
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(', '),
              html: n.html,
              failureSummary: n.failureSummary,
            })),
          })));
        }
        """;

    /// <param name="page">A page that has finished loading.</param>
    /// <param name="tags">axe rule tags to run; <see cref="Wcag21AA"/> when null. Add "best-practice" for landmark and heading rules.</param>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, IEnumerable<string>? tags = null)
    {
        BrowserTools.RequireFile(BrowserTools.AxeScript, "axe-core");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await InjectAsync(page);
        }

        var json = await page.EvaluateAsync<string>(RunScript, (tags ?? Wcag21AA).ToArray());
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    /// <summary>One line per violation and element, for an assertion message.</summary>
    public static string Describe(IEnumerable<AxeViolation> violations) =>
        string.Join("\n", violations.Select(v => v.ToString()));

    private static async Task InjectAsync(IPage page)
    {
        // Not AddScriptTagAsync: a <script> tag carries the source inline, which the site's
        // Content-Security-Policy (default-src 'self') refuses, and the refusal lands in the
        // console where it would mask or fake a real CSP fault. Evaluation over the DevTools
        // protocol is outside the page's policy.
        await page.EvaluateAsync(await File.ReadAllTextAsync(BrowserTools.AxeScript));
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            throw new InvalidOperationException($"axe-core did not load into {page.Url}.");
        }
    }
}
