using System.Text;
using Zhenggai.Import;

namespace Zhenggai.Tests.Import;

/// <summary>The seeds re-saved in other encodings and line endings import to the very same records.</summary>
public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Variants() => ["gb18030", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "crlf", "cr", "gb18030-crlf"];

    private static byte[] Encode(string text, string variant) => variant switch
    {
        "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
        "gb18030-crlf" => Encoding.GetEncoding(54936).GetBytes(text.Replace("\n", "\r\n")),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        "cr" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r")),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Seeds_in_another_encoding_import_to_the_same_records(string variant)
    {
        using var reference = TempSite.FromRepo();
        Imported.Run(reference);
        using var site = TempSite.FromRepo();
        foreach (var seed in Directory.GetFiles(site.PathOf("seeds"), "*.txt"))
            File.WriteAllBytes(seed, Encode(File.ReadAllText(seed), variant));

        var report = Imported.Run(site);

        var expectedEncoding = variant switch
        {
            "gb18030" or "gb18030-crlf" => "gb18030",
            "utf-16le-bom" => "utf-16",
            "utf-16be-bom" => "utf-16BE",
            _ => "utf-8",
        };
        Assert.All(report.Documents, d => Assert.Equal(expectedEncoding, d.Encoding));
        foreach (var file in Directory.GetFiles(reference.PathOf("input/findings")))
            Assert.Equal(File.ReadAllText(file), site.Read("input/findings/" + Path.GetFileName(file)));
    }

    [Fact]
    public void A_gb18030_file_made_in_the_test_reads_as_the_same_chinese_text()
    {
        var text = "\t序号二十七\n\t部分市、区黑土地保护措施落实不严格。水质为劣Ⅴ类，面积约18000㎡。\n\t目标。\n\t措施。\n\t完成情况。\n";
        var bytes = Encoding.GetEncoding(54936).GetBytes(text);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8

        var decoded = SourceDecoder.Decode(bytes, "seeds/gb.txt");

        Assert.Equal(("gb18030", text), (decoded.EncodingName, decoded.Text));
        using var site = TempSite.WithSettings();
        site.Write("seeds/gb.txt", bytes);
        Imported.Run(site);
        Assert.Equal("部分市、区黑土地保护措施落实不严格。水质为劣Ⅴ类，面积约18000㎡。", Imported.Record(site, 27).Problem);
    }
}
