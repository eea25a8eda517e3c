using Scriban;
using Scriban.Runtime;
using Zhenggai.Render;
using Zhenggai.Render.Views;

namespace Zhenggai.Tests.Render;

/// <summary>View models read through typed delegates give templates what Scriban's reflection gives them.</summary>
public sealed class ViewModelAccessorTests
{
    private const string Probe =
        "{{ model.row.number }}|{{ model.row.label }}|{{ model.row.status.key }}|{{ model.row.status.source_text == null }}|"
        + "{{ model.row.themes | array.size }}|{{ model.row.themes[1].url }}|{{ model.row | object.keys | array.join ',' }}|"
        + "{{ model.link.count + 1 }}|{{ model.link.current }}|{{ if model.link.current; 'yes'; end }}|{{ model.link.mark }}";

    private static readonly FindingRow Row = new(27, "序号二十七", "黑臭水体", new StatusView("已完成", "done", "✓", null),
        [new ThemeRef("water", "水", "themes/water/"), new ThemeRef("soil", "土壤", "themes/soil/")], "findings/27/");

    private static readonly CountLink Link = new("water", "水", 12, "themes/water/", Current: true);

    private static string Render(TemplateContext context)
    {
        context.StrictVariables = false;
        context.PushGlobal(new ScriptObject { ["model"] = new ScriptObject { ["row"] = Row, ["link"] = Link } });
        return Template.Parse(Probe).Render(context);
    }

    [Fact]
    public void Our_view_models_read_the_same_through_the_typed_accessor_as_through_scriban()
    {
        var ours = new HtmlTemplateContext();
        Assert.IsType<ViewModelAccessor>(ours.GetMemberAccessor(Row));
        Assert.IsType<ViewModelAccessor>(ours.GetMemberAccessor(Link));
        var plain = new TemplateContext();
        Assert.IsNotType<ViewModelAccessor>(plain.GetMemberAccessor(Row));
        var expected = Render(plain);
        Assert.Equal("27|序号二十七|done|true|2|themes/soil/|number,label,title,status,themes,url|13|true|yes|", expected);
        Assert.Equal(expected, Render(ours));
        // A name the view model does not have is still an error (reported as ZG0503 by the render).
        var strict = new HtmlTemplateContext();
        strict.PushGlobal(new ScriptObject { ["model"] = Row });
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ model.no_such_member }}").Render(strict));
    }

    [Fact]
    public void Values_read_through_the_typed_accessor_are_still_escaped()
    {
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["model"] = new ThemeRef("x", "<script>水</script>", "a\"b") });
        Assert.Equal("&lt;script&gt;水&lt;/script&gt; a&quot;b", Template.Parse("{{ model.label }} {{ model.url }}").Render(context));
    }

    [Fact]
    public void Types_from_other_assemblies_keep_scribans_accessor()
    {
        var context = new HtmlTemplateContext();
        Assert.IsNotType<ViewModelAccessor>(context.GetMemberAccessor(new Uri("https://example.gov.cn/")));
        Assert.IsNotType<ViewModelAccessor>(context.GetMemberAccessor(new ScriptObject()));
    }

    [Fact]
    public void Blank_lines_and_trailing_whitespace_are_dropped_and_nothing_else()
    {
        var html = "<p>\r\n  \n\t<li>一　</li>  \n\u3000\n<pre> x</pre>\n\n";
        Assert.Equal("<p>\n\t<li>一　</li>\n<pre> x</pre>\n", RenderLayoutsModule.DropBlankLines(html));
        Assert.Equal("", RenderLayoutsModule.DropBlankLines(" \n\n"));
        Assert.Equal("a\n", RenderLayoutsModule.DropBlankLines("a"));
    }

    // Names are looked up by reference first: a name that is an equal string but another object
    // (made at render time, not from the template's text) reads the same member, and a missing one stays missing.
    [Fact]
    public void Names_read_the_same_whichever_string_object_carries_them()
    {
        var context = new HtmlTemplateContext();
        var accessor = context.GetMemberAccessor(Row);
        foreach (var name in new[] { "label", new string("label".AsSpan()), string.Concat("la", "bel") })
        {
            Assert.True(accessor.TryGetValue(context, default, Row, name, out var value));
            Assert.Equal("序号二十七", value);
        }
        for (var i = 0; i < 2; i++)
            Assert.False(accessor.TryGetValue(context, default, Row, new string("no_such_member".AsSpan()), out _));
    }
}
