using System.Diagnostics;
using System.Text.Json;

namespace Zhenggai.Tests.Browser;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar) run with Java over files or folders.
/// One process checks everything it is given, because each start of the JVM costs seconds.
/// </summary>
public static class NuHtmlChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Checks HTML files, or every HTML file under the given folders; returns only errors.</summary>
    public static Task<IReadOnlyList<NuMessage>> CheckAsync(params string[] paths) =>
        CheckAsync(paths, errorsOnly: true);

    /// <param name="paths">Files or folders; a folder is checked recursively.</param>
    /// <param name="errorsOnly">Pass --errors-only (warnings and info dropped).</param>
    /// <param name="alsoCheckCss">Also check .css files found in folders.</param>
    /// <param name="alsoCheckSvg">Also check .svg files found in folders.</param>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(
        IReadOnlyList<string> paths, bool errorsOnly = true, bool alsoCheckCss = false, bool alsoCheckSvg = false)
    {
        if (paths.Count == 0)
        {
            throw new ArgumentException("Nothing to check.", nameof(paths));
        }

        BrowserTools.RequireFile(BrowserTools.VnuJar, "The Nu Html Checker (vnu-jar)");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xss4m", "-jar", BrowserTools.VnuJar, "--format", "json", "--stdout", "--no-langdetect", "--skip-non-html" })
        {
            start.ArgumentList.Add(arg);
        }

        // Without --skip-non-html a folder's .css, .svg and .json files are parsed as HTML and
        // fail; the also-check options still bring in CSS and SVG, checked as what they are.
        if (errorsOnly) start.ArgumentList.Add("--errors-only");
        if (alsoCheckCss) start.ArgumentList.Add("--also-check-css");
        if (alsoCheckSvg) start.ArgumentList.Add("--also-check-svg");
        foreach (var path in paths)
        {
            start.ArgumentList.Add(Path.GetFullPath(path));
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Java is needed for the Nu Html Checker and could not be started ({e.Message}).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The Nu Html Checker took longer than {Timeout}.");
            }

            var output = await stdout;
            // Exit 1 just means "errors found"; anything else without JSON is the checker failing.
            if (string.IsNullOrWhiteSpace(output))
            {
                throw new InvalidOperationException(
                    $"The Nu Html Checker printed nothing (exit {process.ExitCode}): {await stderr}");
            }

            return Parse(output);
        }
    }

    /// <summary>Parses vnu's --format json output.</summary>
    public static IReadOnlyList<NuMessage> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var m in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            messages.Add(new NuMessage(
                Text(m, "type") ?? "error",
                Text(m, "subType"),
                FileOf(Text(m, "url")),
                Number(m, "lastLine"),
                Number(m, "firstColumn") is var c and > 0 ? c : Number(m, "lastColumn"),
                Text(m, "message") ?? "",
                Text(m, "extract")));
        }

        return messages;
    }

    public static string Describe(IEnumerable<NuMessage> messages) => string.Join("\n", messages);

    // vnu writes local files as "file:/dir/a%20b.html" (one slash), which Uri does not treat as a file URL.
    private static string FileOf(string? url)
    {
        if (url is null)
        {
            return "";
        }

        if (!url.StartsWith("file:", StringComparison.Ordinal))
        {
            return url;
        }

        var path = url["file:".Length..];
        if (path.StartsWith("///", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return Uri.UnescapeDataString(path);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
