using Scriban.Runtime;

namespace Zhenggai.Render;

/// <summary>
/// Where base.sbn writes: straight into the page's <see cref="PageOutput"/>, with the layout's
/// already rendered content put in where base.sbn writes the content placeholder. Before it, each
/// page's frame was rendered to a string, searched for the placeholder and then copied into the
/// page. Only the common case is taken here — the placeholder written alone, once, at the start of
/// a line with nothing but whitespace after it on that line, as <c>RenderLayoutsModule.Assemble</c>
/// requires; anything else (a theme writing <c>&lt;main&gt;{{ model.content }}</c>, the placeholder
/// inside a longer value) marks the output failed, and base.sbn is rendered again the string way,
/// whose bytes the page then has. That second render is deterministic, as the layout's second render
/// in <c>AssembleAsText</c> already was; only a base.sbn whose output depends on how often it has run
/// for a page (one assigning to its page's globals and reading them back) could tell the difference.
/// A theme that writes the content otherwise pays one more render of base.sbn per page; the built-in one none.
/// </summary>
internal sealed class FrameOutput : IScriptOutput
{
    private const int BeforeContent = 0, OnContentLine = 1, AfterContent = 2, Failed = 3;

    private PageOutput? _page;
    private PageOutput? _content;
    private int _state;

    /// <summary>Starts a page: base.sbn's writes go to <paramref name="page"/> (reset already), with <paramref name="content"/>'s finished lines at the placeholder.</summary>
    public FrameOutput To(PageOutput page, PageOutput content)
    {
        _page = page;
        _content = content;
        _state = BeforeContent;
        return this;
    }

    /// <summary>After the render: whether the page is complete in the page output (then it still needs <see cref="PageOutput.Finish"/>).</summary>
    public bool Assembled => _state is OnContentLine or AfterContent;

    public void Write(string text, int offset, int count)
    {
        if (_state == Failed) return;
        var chunk = text.AsSpan(offset, count);
        // Control characters never come from a record or a template's text: \u0001 is only ever the placeholder's.
        if (chunk.IndexOf('\u0001') >= 0)
        {
            if (_state != BeforeContent || !chunk.SequenceEqual(RenderLayoutsModule.ContentPlaceholder) || !_page!.AtLineStart)
            {
                _state = Failed;
                return;
            }
            _page.WriteLines(_content!.Written);
            _state = OnContentLine;
            return;
        }
        if (_state == OnContentLine)
        {
            // The rest of the placeholder's line: whitespace only, which the page output then drops with the line.
            var end = chunk.IndexOf('\n');
            if (!(end < 0 ? chunk : chunk[..end]).IsWhiteSpace())
            {
                _state = Failed;
                return;
            }
            if (end >= 0) _state = AfterContent;
        }
        _page!.Write(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    // Template.Render returns its output's text: the page is in the page output, not here.
    public override string ToString() => "";
}
