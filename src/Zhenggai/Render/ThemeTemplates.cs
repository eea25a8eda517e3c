using System.Text;
using Scriban;
using Zhenggai.Diagnostics;

namespace Zhenggai.Render;

/// <summary>
/// Every Scriban layout of the theme, parsed once per build and shared by all pages.
/// Syntax errors are reported together, each with its file, line and column.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, Template> _templates;

    private ThemeTemplates(ThemeFiles files, Dictionary<string, Template> templates)
    {
        Files = files;
        _templates = templates;
    }

    public ThemeFiles Files { get; }

    public static ThemeTemplates Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in files.Paths.Where(p => p.StartsWith("layouts/", StringComparison.Ordinal) && p.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var name = path["layouts/".Length..^".sbn".Length];
            var text = Encoding.UTF8.GetString(files.Read(path)).TrimStart('\uFEFF');
            var template = Template.Parse(text, files.DisplayPath(path));
            if (template.HasErrors)
            {
                foreach (var m in template.Messages)
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "ZG0501", files.DisplayPath(path),
                        m.Span.Start.Line + 1, m.Span.Start.Column + 1, $"template syntax: {m.Message}",
                        "check the {{ }} blocks near this line: every for/if/capture needs its `end`"));
                continue;
            }
            templates[name] = template;
        }
        return new ThemeTemplates(files, templates);
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    public Template Get(string name) => _templates[name];
}
