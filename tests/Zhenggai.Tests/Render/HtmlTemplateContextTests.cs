using Scriban;
using Scriban.Runtime;
using Zhenggai.Render;

namespace Zhenggai.Tests.Render;

public sealed class HtmlTemplateContextTests
{
    // A list page of a large site is megabytes of markup; Scriban's default cuts values at 1,048,576 characters.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Values_longer_than_a_million_characters_are_written_whole(bool raw)
    {
        var text = string.Concat(Enumerable.Repeat("<li>序号一 思想认识有待进一步提高</li>\n", 60_000));
        Assert.True(text.Length > 1_100_000);
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["body"] = raw ? new RawHtml(text) : text });
        var html = Template.Parse("<main>{{ body }}</main>").Render(context);
        var expected = raw ? text : Html.Escape(text);
        Assert.Equal("<main>" + expected + "</main>", html);
    }

    // Auto-indenting is off (it made Scriban search every raw text for line feeds): a multi-line
    // value written after indentation keeps its lines as they are (the seed, 1,000- and 10,000-finding
    // sites are byte-identical with it on and off).
    [Fact]
    public void Multi_line_values_after_indentation_are_written_as_they_are()
    {
        var context = new HtmlTemplateContext();
        Assert.False(context.AutoIndent);
        context.PushGlobal(new ScriptObject { ["rows"] = new RawHtml("<li>一</li>\n<li>二</li>\n") });
        var html = Template.Parse("<ul>\n  {{ rows }}\n</ul>\n").Render(context);
        Assert.Equal("<ul>\n  <li>一</li>\n<li>二</li>\n\n</ul>\n", html);
    }
}
