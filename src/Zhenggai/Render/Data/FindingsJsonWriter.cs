using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Zhenggai.Render.Data;

/// <summary>
/// Writes data/findings.json to a stream one finding at a time, byte for byte what
/// <see cref="OpenDataJson.Serialize{T}"/> gives for the whole <see cref="OpenDataFile"/>:
/// at 100,000 findings the file is hundreds of megabytes, too much to build in memory.
/// The site's fields come from <paramref name="header"/> (its Findings are ignored), in the
/// record's declared order; Findings is declared last, so the stream ends with them.
/// </summary>
public sealed class FindingsJsonWriter : IDisposable
{
    // Flush to the stream whenever this much is pending, so memory holds a few findings at most.
    private const int FlushBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    // What begins each line of a finding inside the findings array: the array's items are two levels deep.
    private readonly byte[] _itemIndent;
    private readonly byte[] _newLine;
    private bool _finished;

    public FindingsJsonWriter(Stream stream, OpenDataFile header)
    {
        _stream = stream;
        var options = OpenDataJson.Options;
        _itemIndent = Encoding.UTF8.GetBytes(new string(options.IndentCharacter, 2 * options.IndentSize));
        _newLine = Encoding.UTF8.GetBytes(options.NewLine);
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            Encoder = options.Encoder,
        });
        var info = options.GetTypeInfo(typeof(OpenDataFile));
        var findings = info.Properties[^1];
        if (findings.Name != "findings")
            throw new InvalidOperationException("OpenDataFile.Findings must be its last property: findings.json is streamed with the findings at the end");
        _writer.WriteStartObject();
        foreach (var property in info.Properties.Take(info.Properties.Count - 1))
        {
            _writer.WritePropertyName(property.Name);
            JsonSerializer.Serialize(_writer, property.Get!(header), options.GetTypeInfo(property.PropertyType));
        }
        _writer.WritePropertyName(findings.Name);
        _writer.WriteStartArray();
    }

    public void Add(OpenDataFinding finding) => AddSerialized(OpenDataJson.Serialize(finding));

    /// <summary>
    /// Adds a finding from its own file's bytes (<see cref="OpenDataJson.Serialize{T}"/> of the finding,
    /// final newline included), so a finding is serialised once for both files. The file is the entry
    /// at the top level: every line of it is indented two levels more, each line break being structure
    /// (strings escape theirs), and the writer puts the separator before it and the array's end after it.
    /// </summary>
    public void AddSerialized(ReadOnlySpan<byte> findingFile)
    {
        var newLine = _newLine;
        if (!findingFile.EndsWith(newLine)) throw new ArgumentException("expected a finding file ending with a line break", nameof(findingFile));
        var json = findingFile[..^newLine.Length];
        var lines = json.Count((byte)'\n');
        var length = newLine.Length + _itemIndent.Length + json.Length + lines * _itemIndent.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var item = rented.AsSpan(0, length);
            newLine.CopyTo(item);
            var n = newLine.Length;
            _itemIndent.CopyTo(item[n..]);
            n += _itemIndent.Length;
            while (true)
            {
                var end = json.IndexOf((byte)'\n');
                var line = end < 0 ? json : json[..(end + 1)];
                line.CopyTo(item[n..]);
                n += line.Length;
                if (end < 0) break;
                _itemIndent.CopyTo(item[n..]);
                n += _itemIndent.Length;
                json = json[(end + 1)..];
            }
            _writer.WriteRawValue(item, skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        if (_writer.BytesPending >= FlushBytes) _writer.Flush();
    }

    /// <summary>Closes the array and the object and ends the file with a newline, as <see cref="OpenDataJson.Serialize{T}"/> does.</summary>
    public void Finish()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _finished = true;
    }

    public void Dispose()
    {
        _writer.Dispose();
        if (!_finished) return;
        _stream.Flush();
    }
}
