using System.Text.Json;

namespace Zhenggai.Settings;

/// <summary>
/// The line each property of a JSON file is on, keyed by its path (<c>Host</c>,
/// <c>Reports[0].DataDate</c>), so a value that parses but is wrong can be reported where the
/// user wrote it rather than at line 1.
/// </summary>
public static class JsonLines
{
    /// <summary>Path → 1-based line. A file that is not valid JSON gives what was read before the error.</summary>
    public static IReadOnlyDictionary<string, int> Map(byte[] json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // One frame per open object or array: the path to it, and for arrays the next index.
        var frames = new Stack<(string Path, int Index, bool IsArray)>();
        string? property = null;
        var newlines = 0;
        var counted = 0L;
        try
        {
            while (reader.Read())
            {
                for (; counted < reader.TokenStartIndex; counted++)
                    if (json[counted] == (byte)'\n') newlines++;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        lines.TryAdd(Child(frames, property!), newlines + 1);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Push((ValuePath(frames, ref property), 0, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        ValuePath(frames, ref property);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The loader reports the syntax error itself; the lines read so far still help.
        }
        return lines;
    }

    private static string Child(Stack<(string Path, int Index, bool IsArray)> frames, string name) =>
        frames.Count == 0 || frames.Peek().Path.Length == 0 ? name : frames.Peek().Path + "." + name;

    /// <summary>The path of the value being read, consuming the pending property name or the next array index.</summary>
    private static string ValuePath(Stack<(string Path, int Index, bool IsArray)> frames, ref string? property)
    {
        if (frames.Count == 0) return "";
        var top = frames.Peek();
        if (top.IsArray)
        {
            frames.Pop();
            frames.Push((top.Path, top.Index + 1, true));
            return $"{top.Path}[{top.Index}]";
        }
        var path = Child(frames, property ?? "");
        property = null;
        return path;
    }
}
