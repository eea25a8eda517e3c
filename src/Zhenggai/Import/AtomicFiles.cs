namespace Zhenggai.Import;

/// <summary>
/// Writes a set of files so that each is replaced in one step: all contents go to temporary
/// files next to their targets first, then each is renamed over its target. A crash leaves
/// every record either old or new, never half written.
/// </summary>
internal static class AtomicFiles
{
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
                staged.Add((temp, path));
            }
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
