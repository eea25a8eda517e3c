using Zhenggai.Incremental;

namespace Zhenggai.Tests.Incremental;

/// <summary>The output walk names every file by its path relative to the folder, as Path.GetRelativePath does, with forward slashes.</summary>
public sealed class OutputScanTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/./")]
    public void Paths_are_the_relative_paths_of_every_file_with_their_length_and_time(string suffix)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhenggai-scan-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in new[] { "index.html", "a b/index.html", "findings/25/index.json", "findings/25/x/y/z.txt", "整改/问题 一.html", ".hidden/.f", "d.e/f..g" })
            {
                var full = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, file);
            }
            Directory.CreateDirectory(Path.Combine(folder, "empty/also"));

            var scan = OutputScan.Scan(folder + suffix);

            var expected = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), f => new FileInfo(f));
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), scan.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, info) in expected)
            {
                Assert.Equal(info.Length, scan[path].Length);
                Assert.Equal(info.LastWriteTimeUtc.Ticks, scan[path].ModifiedTicks);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_has_no_files() =>
        Assert.Empty(OutputScan.Scan(Path.Combine(Path.GetTempPath(), "zhenggai-scan-missing-" + Guid.NewGuid().ToString("N"))));
}
