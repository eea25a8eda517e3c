using CsCheck;

namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// Damages a good document the ways files get damaged: lines lost, repeated, swapped or
/// inserted (stray labels, numbers, empty cells, control and invisible characters), a
/// character replaced, the file cut short, or a byte changed after encoding.
/// </summary>
internal static class Mutations
{
    /// <summary>Lines an editor, a converter or a broken export might leave anywhere in a document.</summary>
    public static readonly string[] HostileLines =
    [
        "\t", "\t\t", " \t7", "\t3", "7", "\t序号一", "序号1", "第1号", "序号十百", "序号0", "序号一万", "问题编号〇", "\t序号10000",
        "\t序号九千九百九十九", "序号" + new string('一', 12), "整改目标：", "整改任务：新的问题。", "一、整改任务内容", "问题", "完成情况",
        "整改措施\t措施。", "整改状态：已完成", "责任单位", "公示期：", "联系电话：1", "[bookmark: x", "[bookmark: x]", "\0",
        "\uFFFD", "\u200B", "\uFEFF序号二", "\u2028", "\u0085", "\f", "\v", "#", "---", "## 问题", "\\", "\U00020000",
        "序号\u3000十四", "第 39 号", "\t序号：", "序号：", "（一）整改措施：", new string('水', 5000), "\r", "\t\r",
    ];

    private static readonly char[] HostileChars = ['\0', '\t', '\r', '\n', '\u3000', '\uFFFD', '：', '号', '序', '\uD800', '\uDC00', '\u0001', '\u2028', '\uFEFF', '['];

    private static readonly byte[] HostileBytes = [0x00, 0xFF, 0x80, 0xC0, 0xE4, 0x0A, 0x0D, 0x09, 0xFE, 0xEF];

    public static readonly Gen<Mutation> One = Gen.Select(Gen.Int[0, 8], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20],
        (kind, at, other, payload) => new Mutation(kind, at, other, payload));

    /// <summary>Applies the text mutations, encodes, then applies the byte mutations.</summary>
    public static byte[] Apply(string text, int encoding, IReadOnlyList<Mutation> mutations, out string mutatedText)
    {
        var lines = text.Split('\n').ToList();
        foreach (var m in mutations.Where(m => m.Kind <= 5))
        {
            var i = m.At % lines.Count;
            switch (m.Kind)
            {
                case 0:
                    if (lines.Count > 1) lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[i]);
                    break;
                case 2:
                    var j = m.Other % lines.Count;
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines.Insert(i, HostileLines[m.Payload % HostileLines.Length]);
                    break;
                case 4:
                    var joined = string.Join('\n', lines);
                    lines = joined[..(m.Other % (joined.Length + 1))].Split('\n').ToList();
                    break;
                default:
                    var line = lines[i];
                    var at = line.Length == 0 ? 0 : m.Other % line.Length;
                    lines[i] = line[..at] + HostileChars[m.Payload % HostileChars.Length] + (line.Length == 0 ? "" : line[(at + 1)..]);
                    break;
            }
        }
        mutatedText = string.Join('\n', lines);
        var bytes = DocumentWriter.Encode(mutatedText, encoding).ToList();
        foreach (var m in mutations.Where(m => m.Kind > 5))
        {
            if (bytes.Count == 0) break;
            var i = m.At % bytes.Count;
            switch (m.Kind)
            {
                case 6:
                    bytes[i] = HostileBytes[m.Payload % HostileBytes.Length];
                    break;
                case 7:
                    bytes.Insert(i, HostileBytes[m.Payload % HostileBytes.Length]);
                    break;
                default:
                    bytes.RemoveRange(i, bytes.Count - i);
                    break;
            }
        }
        return [.. bytes];
    }
}
