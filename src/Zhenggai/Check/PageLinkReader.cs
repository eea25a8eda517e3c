using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Zhenggai.Check;

/// <summary>
/// Reads a page's ids and links with AngleSharp's HTML5 tokenizer: the same tags and decoded
/// attribute values the full parser sees, without building a DOM or keeping text, which made
/// the check the slowest phase of a large build. Safe to share between threads; values that
/// repeat on every page (asset and navigation links, the part anchors) are kept once.
/// </summary>
public sealed class PageLinkReader
{
    // The attributes that load or lead to another address, by element (as LinkCheck has always checked).
    private static readonly Dictionary<string, string> LinkAttribute = new(StringComparer.Ordinal)
    {
        ["a"] = "href", ["link"] = "href", ["script"] = "src", ["img"] = "src", ["iframe"] = "src", ["source"] = "src",
        ["form"] = "action", ["object"] = "data", ["video"] = "src", ["audio"] = "src", ["embed"] = "src",
    };

    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PageLinkReader()
    {
        _strings = new(StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Reads a page's bytes: with <see cref="HtmlTagScanner"/> when the page is plain HTML as the
    /// templates write it, else with the tokenizer (<see cref="Read(string)"/>).
    /// </summary>
    public PageLinks Read(byte[] utf8) => Read(utf8.AsSpan());

    public PageLinks Read(ReadOnlySpan<byte> utf8) => ReadPlain(utf8) ?? Read(Encoding.UTF8.GetString(utf8));

    /// <summary>
    /// As <see cref="Read(ReadOnlySpan{byte})"/>, and in the same pass the page's text as
    /// <see cref="OfficialTextCheck.StripTags"/> gives it, into <paramref name="text"/> (at least as long
    /// as the page): <paramref name="textLength"/> is its length, or -1 when the page was not read by
    /// <see cref="HtmlTagScanner"/> or holds text it reads otherwise than StripTags (then StripTags has to make it).
    /// </summary>
    public PageLinks Read(ReadOnlySpan<byte> utf8, Span<byte> text, out int textLength)
    {
        if (ReadPlain(utf8, text, out textLength) is { } links) return links;
        textLength = -1;
        return Read(Encoding.UTF8.GetString(utf8));
    }

    /// <summary>The fast reading alone: null when the page is outside what <see cref="HtmlTagScanner"/> reads.</summary>
    internal PageLinks? ReadPlain(ReadOnlySpan<byte> utf8)
    {
        var collector = new LinkCollector(this);
        return new HtmlTagScanner(utf8).Scan(collector) ? collector.Result() : null;
    }

    /// <summary>The fast reading alone, with the page's text (see <see cref="Read(ReadOnlySpan{byte}, Span{byte}, out int)"/>); null when the page is outside the scanner's subset.</summary>
    internal PageLinks? ReadPlain(ReadOnlySpan<byte> utf8, Span<byte> text, out int textLength)
    {
        var collector = new LinkCollector(this);
        var scanner = new HtmlTagScanner(utf8, text);
        var read = scanner.Scan(collector);
        textLength = read ? scanner.TextLength : -1;
        return read ? collector.Result() : null;
    }

    public PageLinks Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        // A read-only source over the string: TextSource(string) copies the page into a pooled, locked buffer.
        using var source = new TextSource(new StringTextSource(html));
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            DisableElementPositionTracking = true,
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var name = Keep(token.Name.ToString());
            var attributes = token.Attributes;
            string? id = null, link = null, rel = null;
            LinkAttribute.TryGetValue(name, out var linkName);
            // HTML keeps the first of repeated attributes; so does this.
            for (var i = attributes.Count - 1; i >= 0; i--)
            {
                var attribute = attributes[i];
                var attributeName = attribute.Name;
                if (attributeName == "id") id = attribute.Value.ToString();
                else if (linkName is not null && attributeName == linkName) link = attribute.Value.ToString();
                else if (attributeName == "rel") rel = attribute.Value.ToString();
            }
            if (id is not null) ids.Add(Keep(id));
            if (link is not null) links.Add(new PageLink(name, linkName!, Keep(link), name == "a" && rel is not null ? Keep(rel) : null));
            // Without a tree builder the tokenizer does not know that these elements hold raw text; tell it, as the parser would.
            switch (name)
            {
                case "script": tokenizer.State = HtmlParseMode.Script; break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes": tokenizer.State = HtmlParseMode.Rawtext; break;
                case "title" or "textarea": tokenizer.State = HtmlParseMode.RCData; break;
                case "plaintext": tokenizer.State = HtmlParseMode.Plaintext; break;
            }
        }
        return new PageLinks(ids, links.ToArray());
    }

    private string Keep(string value) => _strings.GetOrAdd(value, value);

    /// <summary>
    /// An attribute value as <see cref="HtmlTagScanner.DecodeValue"/> gives it, already kept: a value
    /// without character references is looked up as it is decoded, so the ones every page repeats
    /// (navigation and asset links, part anchors) are not made into a string again on each page.
    /// </summary>
    private string? KeepDecoded(ReadOnlySpan<byte> value)
    {
        if (value.Length > 256 || value.IndexOf((byte)'&') >= 0)
            return HtmlTagScanner.DecodeValue(value) is { } decoded ? Keep(decoded) : null;
        // Most values are ASCII and were met a moment ago (every page repeats its navigation): a small
        // table per thread finds them by their bytes, before transcoding and the shared dictionary.
        var recent = t_recentOwner == _id ? t_recent! : NewRecent();
        var slot = Slot(value);
        if (recent[slot] is { } seen && seen.Length == value.Length && Ascii.Equals(value, seen)) return seen;
        return recent[slot] = KeepTranscoded(value);
    }

    /// <summary>
    /// The kept string for a value of at most 256 bytes without references. Apart from <see cref="KeepDecoded"/>
    /// so that only a value not found by its bytes pays for zeroing the stack buffer.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private string KeepTranscoded(ReadOnlySpan<byte> value)
    {
        Span<char> chars = stackalloc char[256];
        var length = Encoding.UTF8.GetChars(value, chars);
        var text = chars[..length];
        return _lookup.TryGetValue(text, out var kept) ? kept : Keep(text.ToString());
    }

    // The recently kept values of this thread's reader, by a hash of their bytes; a slot holds the last value that hashed to it.
    [ThreadStatic] private static string?[]? t_recent;
    // Which reader the table is for: an id, not a reference, so a thread does not keep a finished build's reader alive.
    [ThreadStatic] private static long t_recentOwner;
    private static long s_lastId;
    private readonly long _id = Interlocked.Increment(ref s_lastId);

    private const int RecentSlots = 4096;

    private string?[] NewRecent()
    {
        // A reader's kept strings are its own, so the table is started again for another reader.
        t_recentOwner = _id;
        return t_recent = new string?[RecentSlots];
    }

    private static int Slot(ReadOnlySpan<byte> value)
    {
        var hash = new HashCode();
        hash.AddBytes(value);
        return hash.ToHashCode() & (RecentSlots - 1);
    }

    /// <summary>Collects what <see cref="Read(string)"/> collects, from <see cref="HtmlTagScanner"/>'s tags.</summary>
    private sealed class LinkCollector(PageLinkReader reader) : TagVisitor
    {
        // The elements of LinkAttribute with their attribute, as bytes to compare with.
        private static readonly (string Name, byte[] NameBytes, string Attribute, byte[] AttributeBytes)[] Linking =
            LinkAttribute.Select(kv => (kv.Key, Encoding.ASCII.GetBytes(kv.Key), kv.Value, Encoding.ASCII.GetBytes(kv.Value))).ToArray();

        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<PageLink> _links = [];
        private int _element;
        private string? _id, _link, _rel;
        private bool _hasId, _hasLink, _hasRel;

        // Linking's entries by the length of their name: a tag is compared only with names as long as its own.
        private static readonly int[][] ByLength = Enumerable.Range(0, Linking.Max(l => l.NameBytes.Length) + 1)
            .Select(n => Enumerable.Range(0, Linking.Length).Where(i => Linking[i].NameBytes.Length == n).ToArray()).ToArray();

        public override TagVisitor Begin(ReadOnlySpan<byte> name)
        {
            _element = -1;
            if (name.Length < ByLength.Length)
                foreach (var i in ByLength[name.Length])
                    if (System.Text.Ascii.EqualsIgnoreCase(name, Linking[i].NameBytes)) { _element = i; break; }
            _id = _link = _rel = null;
            _hasId = _hasLink = _hasRel = false;
            return this;
        }

        public override bool Attribute(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
        {
            // HTML keeps the first of repeated attributes; so does this.
            if (System.Text.Ascii.EqualsIgnoreCase(name, "id"u8))
            {
                if (_hasId) return true;
                _hasId = true;
                return (_id = reader.KeepDecoded(value)) is not null;
            }
            if (_element >= 0 && System.Text.Ascii.EqualsIgnoreCase(name, Linking[_element].AttributeBytes))
            {
                if (_hasLink) return true;
                _hasLink = true;
                return (_link = reader.KeepDecoded(value)) is not null;
            }
            if (_element >= 0 && System.Text.Ascii.EqualsIgnoreCase(name, "rel"u8))
            {
                if (_hasRel) return true;
                _hasRel = true;
                return (_rel = reader.KeepDecoded(value)) is not null;
            }
            return true;
        }

        public override void End()
        {
            // The values are kept already (KeepDecoded).
            if (_id is not null) _ids.Add(_id);
            if (_link is not null)
            {
                var (name, _, attribute, _) = Linking[_element];
                _links.Add(new PageLink(name, attribute, _link, name == "a" ? _rel : null));
            }
        }

        public PageLinks Result() => new(_ids, _links.ToArray());
    }
}
