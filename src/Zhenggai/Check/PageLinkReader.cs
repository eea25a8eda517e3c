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

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public PageLinks Read(byte[] utf8) => Read(Encoding.UTF8.GetString(utf8));

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
}
