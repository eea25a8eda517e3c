using Zhenggai.Check;
using System.Security.Cryptography;
using System.Text;

namespace Zhenggai.Incremental;

/// <summary>
/// The cache on disk: <c>.zhenggai-cache/state.bin</c>, one binary file written whole (to a
/// temporary name, then renamed). It starts with a magic string and the tool's salt and ends
/// with the SHA-256 of everything before it, so a truncated, damaged, foreign (other tool
/// build, other format) or hand-edited file is recognised and ignored, never half-read.
/// </summary>
public static class CacheFile
{
    public const string FileName = "state.bin";

    private static readonly byte[] Magic = "ZHENGGAI-CACHE\n"u8.ToArray();

    public static void Write(string path, CacheState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(ToolVersion.Salt);
            var strings = new StringTable();
            // Strings first go to a table, so repeated link values and paths are stored once.
            using var records = new MemoryStream();
            using (var r = new BinaryWriter(records, Encoding.UTF8, leaveOpen: true))
                WriteState(r, state, strings);
            w.Write(strings.Items.Count);
            foreach (var s in strings.Items) w.Write(s);
            w.Write(records.Length);
            records.Position = 0;
            records.CopyTo(body);
        }
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        body.Write(hash);
        var temp = path + ".tmp-" + Environment.ProcessId;
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            file.Write(body.GetBuffer().AsSpan(0, (int)body.Length));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a cache file; null, with the reason, when there is none or it cannot be trusted.</summary>
    public static CacheState? Read(string path, out string? reason)
    {
        reason = null;
        if (!File.Exists(path)) return null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            reason = "unreadable: " + ex.Message;
            return null;
        }
        if (bytes.Length < Magic.Length + Hash256.Size * 2 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            reason = "not a zhenggai cache file";
            return null;
        }
        var content = bytes.AsSpan(0, bytes.Length - Hash256.Size);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - Hash256.Size)))
        {
            reason = "damaged (checksum mismatch)";
            return null;
        }
        if (!bytes.AsSpan(Magic.Length, Hash256.Size).SequenceEqual(ToolVersion.Salt))
        {
            reason = "written by another version of zhenggai";
            return null;
        }
        try
        {
            using var stream = new MemoryStream(bytes, Magic.Length + Hash256.Size, content.Length - Magic.Length - Hash256.Size, writable: false);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            var strings = new string[r.ReadInt32()];
            for (var i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
            var length = r.ReadInt64();
            if (length != stream.Length - stream.Position) throw new InvalidDataException("section length");
            var state = ReadState(r, strings);
            if (stream.Position != stream.Length) throw new InvalidDataException("trailing bytes");
            return state;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException or FormatException)
        {
            // The checksum matched, so this is our own format from a build with the same salt: only a bug gets here.
            reason = "unreadable: " + ex.Message;
            return null;
        }
    }

    private static void WriteState(BinaryWriter w, CacheState state, StringTable strings)
    {
        w.Write(state.OutputFolder is not null);
        if (state.OutputFolder is not null) w.Write(strings.Id(state.OutputFolder));
        w.Write(state.Published.Count);
        foreach (var (path, file) in state.Published.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(strings.Id(path));
            WriteHash(w, file.Sha);
            w.Write(file.Length);
            w.Write(file.ModifiedTicks);
        }
        w.Write(state.Pages.Count);
        foreach (var (path, page) in state.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(strings.Id(path));
            WriteHash(w, page.InputsKey);
            w.Write(page.Templates.Count);
            foreach (var t in page.Templates) w.Write(strings.Id(t));
            WriteHash(w, page.TemplatesKey);
            WriteHash(w, page.Output);
        }
        w.Write(state.Links.Count);
        foreach (var (sha, data) in state.Links.OrderBy(p => p.Key.ToHex(), StringComparer.Ordinal))
        {
            WriteHash(w, sha);
            w.Write(data.Ids.Count);
            foreach (var id in data.Ids.Order(StringComparer.Ordinal)) w.Write(strings.Id(id));
            w.Write(data.Links.Count);
            foreach (var link in data.Links)
            {
                w.Write(strings.Id(link.Element));
                w.Write(strings.Id(link.Attribute));
                w.Write(strings.Id(link.Value));
                w.Write(link.Rel is null ? -1 : strings.Id(link.Rel));
            }
        }
        w.Write(state.LinkEnvironment is not null);
        if (state.LinkEnvironment is { } env) WriteHash(w, env);
    }

    private static CacheState ReadState(BinaryReader r, string[] strings)
    {
        var state = new CacheState();
        if (r.ReadBoolean()) state.OutputFolder = strings[r.ReadInt32()];
        var published = r.ReadInt32();
        for (var i = 0; i < published; i++)
            state.Published[strings[r.ReadInt32()]] = new PublishedFile(ReadHash(r), r.ReadInt64(), r.ReadInt64());
        var pages = r.ReadInt32();
        for (var i = 0; i < pages; i++)
        {
            var path = strings[r.ReadInt32()];
            var inputs = ReadHash(r);
            var templates = new string[r.ReadInt32()];
            for (var t = 0; t < templates.Length; t++) templates[t] = strings[r.ReadInt32()];
            state.Pages[path] = new RenderEntry(inputs, templates, ReadHash(r), ReadHash(r));
        }
        var links = r.ReadInt32();
        for (var i = 0; i < links; i++)
        {
            var sha = ReadHash(r);
            var ids = new string[r.ReadInt32()];
            for (var k = 0; k < ids.Length; k++) ids[k] = strings[r.ReadInt32()];
            var refs = new PageLink[r.ReadInt32()];
            for (var k = 0; k < refs.Length; k++)
            {
                var element = strings[r.ReadInt32()];
                var attribute = strings[r.ReadInt32()];
                var value = strings[r.ReadInt32()];
                var rel = r.ReadInt32();
                refs[k] = new PageLink(element, attribute, value, rel < 0 ? null : strings[rel]);
            }
            state.Links[sha] = new PageLinks(ids.ToHashSet(StringComparer.Ordinal), refs);
        }
        if (r.ReadBoolean()) state.LinkEnvironment = ReadHash(r);
        return state;
    }

    private static void WriteHash(BinaryWriter w, Hash256 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        hash.WriteTo(bytes);
        w.Write(bytes);
    }

    private static Hash256 ReadHash(BinaryReader r)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        r.BaseStream.ReadExactly(bytes);
        return Hash256.From(bytes);
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int Id(string value)
        {
            if (_ids.TryGetValue(value, out var id)) return id;
            _ids[value] = Items.Count;
            Items.Add(value);
            return Items.Count - 1;
        }
    }
}
