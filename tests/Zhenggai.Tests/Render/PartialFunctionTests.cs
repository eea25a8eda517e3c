using Scriban.Runtime;
using Zhenggai.Diagnostics;
using Zhenggai.Render;
using Zhenggai.Tests.Support;

namespace Zhenggai.Tests.Render;

/// <summary>
/// A partial alone in a statement writes straight into its caller's output; used any other way
/// (assigned, captured, inside a partial rendered as a value) it must give the same markup as before.
/// </summary>
public sealed class PartialFunctionTests
{
    [Theory]
    [InlineData("A{{ partial(\"p\", \"x&\") }}B", "A<b>x&amp;</b>B")]
    [InlineData("{{ v = partial(\"p\", \"y\") }}[{{ v }}]", "[<b>y</b>]")]
    // A capture is a string, which the page escapes: the partial's markup must still have gone into it.
    [InlineData("{{ capture c }}{{ partial(\"p\", \"z\") }}{{ end }}({{ c }})", "(&lt;b&gt;z&lt;/b&gt;)")]
    // Nested: the inner partial writes into the outer one's own output, which must come back whole.
    [InlineData("{{ v = partial(\"outer\", \"n\") }}{{ v }}|{{ partial(\"outer\", \"m\") }}", "[<b>n</b>][<b>n</b>]|[<b>m</b>][<b>m</b>]")]
    [InlineData("{{ for i in 1..3 }}{{ partial(\"p\", i) }}{{ end }}", "<b>1</b><b>2</b><b>3</b>")]
    public void Partials_give_the_same_markup_however_they_are_used(string page, string expected)
    {
        using var site = TestSite.Empty();
        site.Write("theme/layouts/page.sbn", page);
        site.Write("theme/layouts/partials/p.sbn", "<b>{{ model }}</b>");
        site.Write("theme/layouts/partials/outer.sbn", "[{{ partial(\"p\", model) }}]{{ x = partial(\"p\", model) }}[{{ x }}]");
        var templates = ThemeTemplates.Load(ThemeFiles.Load(site.Root), new DiagnosticBag());
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["partial"] = new PartialFunction(templates) });
        // Twice in one context: the outputs and scopes kept between calls must start empty.
        Assert.Equal(expected, templates.Get("page").Render(context));
        Assert.Equal(expected, templates.Get("page").Render(context));
    }
}
