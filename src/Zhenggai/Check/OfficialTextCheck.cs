using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Pipeline;
using Zhenggai.Records;
using Zhenggai.Render;

namespace Zhenggai.Check;

/// <summary>
/// The last link of "nothing is lost": every paragraph of a finding's official text — its
/// label, the four parts, and the 责任单位 and 整改时限 text the source gave — must be on the
/// finding's page as text, character for character. Layouts are the site's to change, and an
/// emptied, truncated or garbled one would otherwise publish pages that pass every link check
/// yet no longer say what the government wrote.
/// </summary>
public sealed class OfficialTextCheck : IModule
{
    public BuildPhase Phase => BuildPhase.Check;

    public void Execute(BuildContext context)
    {
        var rendered = RenderedPages.TryGetValue(context, out var state) ? state.Verdicts : null;
        // One read buffer per worker: at 100,000 findings a buffer per page was gigabytes of garbage.
        Parallel.ForEach(context.Records, () => new PageTextReader(), (record, _, reader) =>
        {
            var page = PagePath(record);
            var file = RecordFileOf(record);
            // A page the build cache keeps is not in staging: the published file stays as it is.
            var onDisk = Path.Combine(context.Cache?.IsKept(page) == true ? context.Cache.OutputFolder : context.OutputFolder, page);
            if (!context.TryGetDocument(page, out var doc) || doc is null || (doc.Content is null && !File.Exists(onDisk)))
            {
                context.Diagnostics.Add(Diagnostic.Error("ZG0604", "output/" + page, 1, $"{file} has no page at {page}",
                    "keep FindingPagesModule in the pipeline: every record is published on its own page"));
                return reader;
            }
            // Checked from its bytes when it was rendered (the bytes that were written), or read back now.
            if (rendered is not null && rendered.TryGetValue(page, out var verdict))
            {
                if (verdict is not null) context.Diagnostics.Add(verdict);
                return reader;
            }
            // Rendering writes each page at once and lets go of its bytes; the written file is what gets published.
            var error = doc.Content is { } content ? VerifyPage(record, page, file, content) : Verify(record, page, file, reader.ReadText(onDisk));
            if (error is not null) context.Diagnostics.Add(error);
            return reader;
        }, reader => reader.Dispose());
    }

    /// <summary>
    /// Called by the render phase with each page's bytes as they go to the writer: a finding page is
    /// checked there, while its bytes are in memory, and <see cref="Execute"/> reports the verdict
    /// instead of reading the page back from disk (10,000 files at 10,000 findings). Other pages are ignored.
    /// </summary>
    public static void CheckRendered(BuildContext context, string pagePath, ReadOnlySpan<byte> page)
    {
        var state = RenderedPages.GetValue(context, c => new RenderedState(c.Records));
        if (!state.Records.TryGetValue(pagePath, out var record)) return;
        state.Verdicts[pagePath] = VerifyPage(record, pagePath, RecordFileOf(record), page);
    }

    /// <summary>Whether <paramref name="pagePath"/> is a finding page, whose text <see cref="CheckRenderedText"/> wants.</summary>
    public static bool ChecksPage(BuildContext context, string pagePath) =>
        RenderedPages.GetValue(context, c => new RenderedState(c.Records)).Records.ContainsKey(pagePath);

    /// <summary>
    /// As <see cref="CheckRendered"/>, given the page's text instead of its bytes: the bytes
    /// <see cref="StripTags"/> makes of the page, which the link reading copies out as it scans the
    /// page (<see cref="PageLinkReader.Read(ReadOnlySpan{byte}, Span{byte}, out int)"/>), so the
    /// page is crossed once for both.
    /// </summary>
    public static void CheckRenderedText(BuildContext context, string pagePath, ReadOnlySpan<byte> text)
    {
        var state = RenderedPages.GetValue(context, c => new RenderedState(c.Records));
        if (!state.Records.TryGetValue(pagePath, out var record)) return;
        state.Verdicts[pagePath] = Verify(record, pagePath, RecordFileOf(record), text);
    }

    // Verdicts of the pages checked as they were rendered, for as long as the build's context lives:
    // the render phase and this check share nothing else.
    private static readonly ConditionalWeakTable<BuildContext, RenderedState> RenderedPages = new();

    private sealed class RenderedState(IReadOnlyList<FindingRecord> records)
    {
        public readonly Dictionary<string, FindingRecord> Records = records.ToDictionary(PagePath, StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Diagnostic?> Verdicts = new(StringComparer.Ordinal);
    }

    private static string PagePath(FindingRecord record) => SiteViews.FindingUrl(record.Number) + "index.html";

    private static string RecordFileOf(FindingRecord record) =>
        record.FilePath ?? RecordStore.FindingsFolder + "/" + RecordFile.FileName(record.Number);

    /// <summary><see cref="Verify(FindingRecord, string, string, ReadOnlySpan{byte})"/> of the page <paramref name="html"/>.</summary>
    internal static Diagnostic? VerifyPage(FindingRecord record, string page, string file, ReadOnlySpan<byte> html)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(html.Length);
        try
        {
            return Verify(record, page, file, buffer.AsSpan(0, StripTags(html, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// As <see cref="Verify(FindingRecord, string, string, string)"/> on the page's text still in UTF-8
    /// (<see cref="StripTags"/>'s result): when it holds no character reference, each paragraph is looked
    /// for as UTF-8 bytes, which finds exactly where the decoded text would (UTF-8 is self-synchronising,
    /// and a paragraph's bytes begin and end on whole characters), without decoding the page. A
    /// reference, or a paragraph with a lone surrogate or U+FFFD (which a decoder may make of other
    /// bytes), sends the page to the decoded comparison.
    /// </summary>
    private static Diagnostic? Verify(FindingRecord record, string page, string file, ReadOnlySpan<byte> text)
    {
        if (text.IndexOf((byte)'&') >= 0) return Verify(record, page, file, Decode(text));
        byte[]? rented = null;
        try
        {
            foreach (var (what, value) in OfficialText(record))
            {
                if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 || value.Contains('\uFFFD'))
                    return Verify(record, page, file, Decode(text));
                var max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
                if (rented is null || rented.Length < max)
                {
                    if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                    rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
                }
                var rest = value.AsSpan();
                while (true)
                {
                    var end = rest.IndexOf('\n');
                    var paragraph = end < 0 ? rest : rest[..end];
                    var length = System.Text.Encoding.UTF8.GetBytes(paragraph, rented);
                    if (text.IndexOf(rented.AsSpan(0, length)) < 0)
                        return Missing(page, file, what, paragraph.ToString());
                    if (end < 0) break;
                    rest = rest[(end + 1)..];
                }
            }
            return null;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The error for the first paragraph of the record's official text that <paramref name="text"/> lacks, or null.</summary>
    internal static Diagnostic? Verify(FindingRecord record, string page, string file, string text)
    {
        foreach (var (what, value) in OfficialText(record))
        {
            var missing = value.Split('\n').FirstOrDefault(p => !text.Contains(p, StringComparison.Ordinal));
            if (missing is not null) return Missing(page, file, what, missing);
        }
        return null;
    }

    private static Diagnostic Missing(string page, string file, string what, string paragraph) =>
        Diagnostic.Error("ZG0604", "output/" + page, 1,
            $"the page does not show the {what} of {file} verbatim: 「{Excerpt(paragraph)}」 is missing or changed",
            "a layout in theme/ drops or alters official text; every paragraph of the record's parts must appear on its page exactly as written (restore the layout from the built-in theme to compare)");

    private static IEnumerable<(string What, string Value)> OfficialText(FindingRecord record)
    {
        yield return ("label", record.Label);
        foreach (var part in FindingParts.All)
            yield return (FindingParts.Heading(part), record.GetPart(part));
        if (record.UnitsText is not null) yield return (RecordFile.UnitsHeading, record.UnitsText);
        if (record.DeadlineText is not null) yield return (RecordFile.DeadlineHeading, record.DeadlineText);
    }

    /// <summary>
    /// The page's text as a reader sees it: tags (with quoted attribute values) and comments
    /// removed, character references decoded. A linear scan, not a DOM: a large site has
    /// thousands of pages and the link check parses them already.
    /// </summary>
    public static string PageText(ReadOnlySpan<byte> html)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(html.Length);
        try
        {
            return Decode(buffer.AsSpan(0, StripTags(html, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Copies the text between tags and comments of <paramref name="html"/> into <paramref name="text"/>
    /// (at least as long) and returns its length. It works on the UTF-8 bytes: the markup's delimiters
    /// are ASCII, and no byte of a multi-byte character is, so the result is the same as on characters
    /// and the page is decoded once, without its markup. <paramref name="text"/> may be
    /// <paramref name="html"/>'s own memory: the copy never overtakes the scan.
    /// </summary>
    internal static int StripTags(ReadOnlySpan<byte> html, Span<byte> text)
    {
        var n = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf((byte)'<');
            var run = lt < 0 ? html[i..] : html.Slice(i, lt);
            run.CopyTo(text[n..]);
            n += run.Length;
            if (lt < 0) break;
            i += lt;
            if (html[i..].StartsWith("<!--"u8))
            {
                var end = html[(i + 4)..].IndexOf("-->"u8);
                i = end < 0 ? html.Length : i + 4 + end + 3;
                continue;
            }
            // Inside a tag a '>' in a quoted attribute value does not end it. The tag is crossed from
            // quote to quote and on to its '>' by vectorised searches, not byte by byte.
            for (i++; i < html.Length;)
            {
                var next = html[i..].IndexOfAny((byte)'"', (byte)'\'', (byte)'>');
                if (next < 0) { i = html.Length; break; }
                i += next;
                if (html[i] == '>') break;
                var close = html[(i + 1)..].IndexOf(html[i]);
                if (close < 0) { i = html.Length; break; }
                i += close + 2;
            }
            // Nothing stands in for the tag: a paragraph split into marker, unit and text spans reads as one.
            i++;
        }
        return n;
    }

    private static string Decode(ReadOnlySpan<byte> text)
    {
        var s = Encoding.UTF8.GetString(text);
        return s.Contains('&') ? WebUtility.HtmlDecode(s) : s;
    }

    /// <summary>Reads pages from disk into one buffer that grows to the largest page and is reused.</summary>
    private sealed class PageTextReader : IDisposable
    {
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);

        /// <summary>The page's text (<see cref="StripTags"/>) in UTF-8, valid until the next read.</summary>
        public ReadOnlySpan<byte> ReadText(string path)
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > Array.MaxLength) throw new IOException($"{path} is too large to check");
            if (length > _buffer.Length)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length);
            }
            var read = 0;
            while (read < length)
            {
                var got = RandomAccess.Read(handle, _buffer.AsSpan(read, (int)length - read), read);
                if (got == 0) break;
                read += got;
            }
            var span = _buffer.AsSpan(0, read);
            return span[..StripTags(span, span)];
        }

        public void Dispose() => System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
    }

    private static string Excerpt(string paragraph) => paragraph.Length <= 40 ? paragraph : paragraph[..40] + "…";
}
