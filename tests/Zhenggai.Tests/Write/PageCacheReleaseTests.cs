using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Zhenggai.Write;

namespace Zhenggai.Tests.Write;

public class PageCacheReleaseTests : IDisposable
{
    // Under the test's own folder, not /tmp: a tmpfs keeps its files in the page cache whatever the advice.
    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "page-cache-" + Guid.NewGuid().ToString("N"));

    public PageCacheReleaseTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Files_past_the_start_are_released_in_whole_batches_and_keep_their_bytes()
    {
        if (!PageCacheRelease.Supported) return;
        var release = new PageCacheRelease(startBytes: 1024, batchBytes: 3 * 1024);
        var contents = new List<(string Path, byte[] Bytes)>();
        for (var i = 0; i < 11; i++)
        {
            var bytes = Enumerable.Range(0, 1024).Select(b => (byte)(b * 7 + i)).ToArray();
            var path = Path.Combine(_folder, $"{i}.html");
            File.WriteAllBytes(path, bytes);
            release.Written(path, bytes.Length);
            contents.Add((path, bytes));
        }
        // The first file is within the start; of the ten after it, three whole batches of three go, one waits for more.
        WaitFor(() => release.Released.Files == 9);
        Assert.Equal((9L, 9L * 1024), release.Released);
        foreach (var (path, bytes) in contents) Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_released_file_leaves_the_page_cache()
    {
        if (!PageCacheRelease.Supported) return;
        var path = Path.Combine(_folder, "big.json");
        var bytes = new byte[1 << 20];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        Assert.True(ResidentPages(path) > 0, "a file just written is in the page cache");

        var release = new PageCacheRelease(startBytes: 0, batchBytes: 1);
        release.Written(path, bytes.Length);
        WaitFor(() => release.Released.Files == 1);

        Assert.Equal(0, ResidentPages(path));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_batch_whose_folder_is_gone_is_skipped()
    {
        if (!PageCacheRelease.Supported) return;
        // A failed build discards its staging folder while a batch may still wait to be released.
        var release = new PageCacheRelease(startBytes: 0, batchBytes: 1);
        release.Written(Path.Combine(_folder, "gone", "index.html"), 100);
        var path = Path.Combine(_folder, "here.html");
        File.WriteAllBytes(path, new byte[100]);
        release.Written(path, 100);
        WaitFor(() => release.Released.Files == 1);
        Assert.Equal((1L, 100L), release.Released);
    }

    private static void WaitFor(Func<bool> condition)
    {
        // The release runs on a thread of its own; this bounds a hang, it measures nothing.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the release thread did not finish");
            Thread.Sleep(10);
        }
    }

    private static int ResidentPages(string path)
    {
        var length = new FileInfo(path).Length;
        using var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var pageSize = Environment.SystemPageSize;
        var vector = new byte[(length + pageSize - 1) / pageSize];
        var address = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
        Assert.Equal(0, mincore(address, (nuint)length, vector));
        return vector.Count(v => (v & 1) != 0);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mincore(nint address, nuint length, byte[] vector);
}
