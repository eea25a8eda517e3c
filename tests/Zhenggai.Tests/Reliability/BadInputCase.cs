using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Reliability;

/// <summary>
/// One folder of the bad-input corpus (Reliability/BadInput/&lt;case&gt;/): files laid over the good
/// base site (_site/), <c>command.txt</c> (the command line, e.g. <c>build</c> or <c>import</c>),
/// optional <c>prepare.txt</c> (<c>delete PATH</c>, <c>pad PATH BYTES</c>) for what a folder of
/// files cannot hold, and <c>expected.txt</c>: <c>key: value</c> lines —
/// <c>exit</c>, and for a failure <c>code</c>, <c>file</c>, <c>line</c>, <c>message</c> (a fragment);
/// for a success <c>page: PATH | CSS selector | text</c>, <c>record: PATH | field | text</c> and
/// <c>warning: CODE | file | message fragment</c>.
/// </summary>
public sealed class BadInputCase
{
    public static readonly string[] ControlFiles = ["command.txt", "expected.txt", "prepare.txt", "README.md"];

    public static string CorpusFolder => Path.Combine(RepoPaths.Root, "tests", "Zhenggai.Tests", "Reliability", "BadInput");

    public static string BaseSite => Path.Combine(CorpusFolder, "_site");

    private readonly Dictionary<string, List<string>> _expected = new(StringComparer.Ordinal);

    private BadInputCase(string name)
    {
        Name = name;
        Folder = Path.Combine(CorpusFolder, name);
        Command = File.ReadAllText(Path.Combine(Folder, "command.txt")).Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.txt")))
        {
            var colon = line.IndexOf(':');
            if (line.Trim().Length == 0 || line.StartsWith('#') || colon < 0) continue;
            var key = line[..colon].Trim();
            if (!_expected.TryGetValue(key, out var values)) _expected[key] = values = [];
            values.Add(Unescape(line[(colon + 1)..].Trim()));
        }
        Prepare = File.Exists(Path.Combine(Folder, "prepare.txt"))
            ? File.ReadAllLines(Path.Combine(Folder, "prepare.txt")).Where(l => l.Trim().Length > 0).ToList()
            : [];
    }

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal)!;

    public static BadInputCase Load(string name) => new(name);

    public string Name { get; }
    public string Folder { get; }
    public string[] Command { get; }
    public IReadOnlyList<string> Prepare { get; }

    public int Exit => int.Parse(One("exit"), System.Globalization.CultureInfo.InvariantCulture);

    public string One(string key) => Optional(key) ?? throw new InvalidOperationException($"{Name}/expected.txt has no `{key}:`");

    public string? Optional(string key) => _expected.TryGetValue(key, out var v) ? v[0] : null;

    public IReadOnlyList<string> All(string key) => _expected.TryGetValue(key, out var v) ? v : [];

    /// <summary>The case's own files (relative paths), to lay over the base site.</summary>
    public IEnumerable<string> OverlayFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !ControlFiles.Contains(f))
            .Order(StringComparer.Ordinal);

    /// <summary>A copy of the base site with <paramref name="goodOutput"/> as its output/, this case's files laid over it and its prepare steps done.</summary>
    public TestSite PrepareSite(string goodOutput)
    {
        var site = TestSite.Empty();
        TestSite.CopyFolder(BadInputCase.BaseSite, site.Root);
        TestSite.CopyFolder(goodOutput, site.Output);
        foreach (var file in OverlayFiles())
        {
            var target = site.PathOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Folder, file), target, overwrite: true);
        }
        foreach (var step in Prepare)
        {
            var parts = step.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "delete":
                    File.Delete(site.PathOf(parts[1]));
                    break;
                case "pad":
                    // Grows a record past a size limit with ordinary text, so the corpus need not hold a megabyte file.
                    var path = site.PathOf(parts[1]);
                    var size = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                    var line = System.Text.Encoding.UTF8.GetBytes("（一）河道垃圾清理不及时，已完成整改。\n");
                    using (var stream = new FileStream(path, FileMode.Append))
                        while (stream.Length < size) stream.Write(line);
                    break;
                default:
                    throw new InvalidOperationException($"{Name}/prepare.txt: unknown step `{step}`");
            }
        }
        return site;
    }

    public override string ToString() => Name;

    /// <summary>Expected values write a line break as \n and any other character as \uXXXX, so expected.txt stays plain text.</summary>
    private static string Unescape(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, @"\\n|\\u([0-9A-Fa-f]{4})",
            m => m.Value == "\\n" ? "\n" : ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
