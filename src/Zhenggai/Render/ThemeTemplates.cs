using System.Security.Cryptography;
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
    private readonly Dictionary<string, byte[]> _sourceHashes;

    // The templates used by the render running on this thread, for the build cache (see StartTrace).
    [ThreadStatic] private static SortedSet<string>? t_trace;

    private ThemeTemplates(ThemeFiles files, Dictionary<string, Template> templates, Dictionary<string, byte[]> sourceHashes)
    {
        Files = files;
        _templates = templates;
        _sourceHashes = sourceHashes;
    }

    public ThemeFiles Files { get; }

    public static ThemeTemplates Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in files.Paths.Where(p => p.StartsWith("layouts/", StringComparison.Ordinal) && p.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var name = path["layouts/".Length..^".sbn".Length];
            var bytes = files.Read(path);
            var text = ReadText(bytes, files.DisplayPath(path), diagnostics);
            if (text is null) continue;
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
            hashes[name] = SHA256.HashData(bytes);
        }
        return new ThemeTemplates(files, templates, hashes);
    }

    /// <summary>
    /// A layout's text, or null (with a diagnostic) when it is not UTF-8 text. Scriban would
    /// accept it anyway, and a NUL even ends its parse early: a page would lose the rest of the layout.
    /// </summary>
    private static string? ReadText(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Error("ZG0505", displayPath, 1, "the layout is not UTF-8 text",
                "save the layout as UTF-8 in a text editor, or delete it to fall back to the built-in theme"));
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x20 || text[i] is '\t' or '\n' or '\r') continue;
            var line = 1 + text.AsSpan(0, i).Count('\n');
            var column = i - text.LastIndexOf('\n', Math.Max(0, i - 1)) ;
            diagnostics.Add(Diagnostic.Error("ZG0505", displayPath, line, $"the layout contains the control character U+{(int)text[i]:X4}",
                "a layout is text: delete the character, or the file if it is not a layout", i == 0 ? 1 : column));
            return null;
        }
        return text;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public bool Has(string name) => _templates.ContainsKey(name);

    public Template Get(string name)
    {
        t_trace?.Add(name);
        return _templates[name];
    }

    /// <summary>SHA-256 of a template's file, for cache keys.</summary>
    public byte[] SourceHash(string name) => _sourceHashes[name];

    /// <summary>Starts recording, on this thread, the name of every template <see cref="Get"/> hands out.</summary>
    public static void StartTrace() => t_trace = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Stops recording and returns the names recorded since <see cref="StartTrace"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> StopTrace()
    {
        var used = t_trace?.ToList() ?? [];
        t_trace = null;
        return used;
    }
}
