using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;

namespace Zhenggai.Render;

/// <summary>Loads the theme (built-in, overridden by the site's theme/) and parses every layout once.</summary>
public sealed class ReadThemeModule : IModule
{
    /// <summary>Layouts the build cannot do without.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts = ["base", "finding", "list", "themes", "404"];

    public BuildPhase Phase => BuildPhase.Read;

    public void Execute(BuildContext context)
    {
        var files = ThemeFiles.Load(context.SiteRoot);
        var templates = ThemeTemplates.Load(files, context.Diagnostics);
        foreach (var name in RequiredLayouts)
        {
            var path = $"layouts/{name}.sbn";
            if (!templates.Has(name) && !files.Exists(path))
                context.Diagnostics.Add(Diagnostic.Error("ZG0502", $"theme/layouts/{name}.sbn", 1, $"the layout `{name}` is missing",
                    "restore it from the built-in theme, or remove your override to fall back to it"));
            // An emptied override renders every page blank, and a blank page passes every link check.
            else if (files.Exists(path) && files.Read(path).All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                context.Diagnostics.Add(Diagnostic.Error("ZG0504", files.DisplayPath(path), 1, $"the layout `{name}` is empty",
                    "write the layout, or delete the file to fall back to the built-in theme"));
        }
        context.Templates = templates;
    }
}
