using System.Diagnostics;
using System.Security.Cryptography;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Write;

namespace Zhenggai.Tests.Data;

public sealed class ManifestTests
{
    private static (int ExitCode, string Output) Sha256SumCheck(string folder)
    {
        var start = new ProcessStartInfo("sha256sum", ["--check", "--strict", ManifestModule.ManifestPath])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void Sha256sumAcceptsTheManifestAndRejectsAChangedByte()
    {
        using var site = new DataFixtureSite();
        var (ok, output) = Sha256SumCheck(site.Output);
        Assert.True(ok == 0, output);
        Assert.Contains("findings/99/index.html: OK", output);

        var page = site.PathOf("findings/25/index.html");
        var bytes = File.ReadAllBytes(page);
        var at = Array.IndexOf(bytes, (byte)'<', 100);
        bytes[at] ^= 0x01;
        File.WriteAllBytes(page, bytes);
        var (failed, report) = Sha256SumCheck(site.Output);
        Assert.NotEqual(0, failed);
        Assert.Contains("findings/25/index.html: FAILED", report);
    }

    [Fact]
    public void ListsEveryPublishedFileExceptItselfSortedWithTheExactFormat()
    {
        using var site = new DataFixtureSite(DataFixtureSite.WithHost);
        var text = site.Text(ManifestModule.ManifestPath);
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain('\r', text);
        var lines = text[..^1].Split('\n');
        Assert.All(lines, l => Assert.Matches("^[0-9a-f]{64}  [^ ].*$", l));
        var paths = lines.Select(l => l[66..]).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => p != ManifestModule.ManifestPath)
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, paths);
        foreach (var path in new[] { "sitemap.xml", "robots.txt", "feed.xml", "data/findings.csv", "assets/css/site.css" })
            Assert.Contains(path, paths);
        var line = lines.Single(l => l.EndsWith("  data/findings.json", StringComparison.Ordinal));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(site.Bytes("data/findings.json"))), line[..64]);
    }

    [Fact]
    public void AFileWrittenAfterTheManifestFailsTheBuild()
    {
        var ex = Assert.Throws<DiagnosticException>(() => new DataFixtureSite(hostile: false,
            options: o => o with { Customize = p => p.Add(new LateWriter()) }).Dispose());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0713" && d.Message.Contains("late.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileWrittenAroundTheWriterBeforeTheManifestFailsTheBuild()
    {
        // Without the build cache the manifest lists what the build's writer wrote; the check's walk of the output finds the rest.
        var ex = Assert.Throws<DiagnosticException>(() => new DataFixtureSite(hostile: false,
            options: o => o with { NoCache = true, Customize = p => p.Add(new AroundWriter()) }).Dispose());
        var error = Assert.Single(ex.Diagnostics, d => d.Code == "ZG0713");
        Assert.Equal("output/assets/around.txt", error.File);
        Assert.Contains("`assets/around.txt` is not listed in the manifest", error.Message, StringComparison.Ordinal);
        Assert.Contains("around the build's writer", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileRewrittenAfterTheManifestFailsTheBuildEvenAtTheSameLength()
    {
        var ex = Assert.Throws<DiagnosticException>(() => new DataFixtureSite(hostile: false,
            options: o => o with { Customize = p => p.Add(new LateRewriter()) }).Dispose());
        Assert.Contains(ex.Diagnostics, d => d.Code == "ZG0713" && d.Message.Contains("`robots.txt` changed after the manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileDeletedAfterTheManifestFailsTheBuild()
    {
        var ex = Assert.Throws<DiagnosticException>(() => new DataFixtureSite(hostile: false,
            options: o => o with { Customize = p => p.Add(new LateDeleter()) }).Dispose());
        var error = Assert.Single(ex.Diagnostics, d => d.Code == "ZG0713");
        Assert.Equal("output/robots.txt", error.File);
        Assert.Contains("`robots.txt` is listed in the manifest but missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAndParseAgree()
    {
        var hashes = new Dictionary<string, string> { ["b.txt"] = new string('b', 64), ["a/x y.html"] = new string('a', 64) };
        var text = Sha256Manifest.Format(hashes);
        Assert.Equal($"{new string('a', 64)}  a/x y.html\n{new string('b', 64)}  b.txt\n", text);
        Assert.Equal(hashes.OrderBy(h => h.Key), Sha256Manifest.Parse(text).OrderBy(h => h.Key));
    }

    /// <summary>A badly placed module: rewrites a file the build wrote, keeping its length, after the manifest.</summary>
    private sealed class LateRewriter : IModule
    {
        public BuildPhase Phase => BuildPhase.Write;

        public void Execute(BuildContext context)
        {
            var path = Path.Combine(context.OutputFolder, "robots.txt");
            var bytes = File.ReadAllBytes(path);
            bytes[0] ^= 0x20;
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>A badly placed module: deletes a file the build wrote, after the manifest.</summary>
    private sealed class LateDeleter : IModule
    {
        public BuildPhase Phase => BuildPhase.Write;

        public void Execute(BuildContext context) => File.Delete(Path.Combine(context.OutputFolder, "robots.txt"));
    }

    /// <summary>A module that writes a file itself in the render phase, not through the build's writer.</summary>
    private sealed class AroundWriter : IModule
    {
        public BuildPhase Phase => BuildPhase.Render;

        public void Execute(BuildContext context)
        {
            Directory.CreateDirectory(Path.Combine(context.OutputFolder, "assets"));
            File.WriteAllText(Path.Combine(context.OutputFolder, "assets", "around.txt"), "around");
        }
    }

    /// <summary>A badly placed module: writes a file in the Write phase after the manifest.</summary>
    private sealed class LateWriter : IModule
    {
        public BuildPhase Phase => BuildPhase.Write;

        public void Execute(BuildContext context) => File.WriteAllText(Path.Combine(context.OutputFolder, "late.txt"), "late");
    }
}
