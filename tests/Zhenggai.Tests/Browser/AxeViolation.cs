namespace Zhenggai.Tests.Browser;

/// <summary>One axe-core rule that failed, with every element it failed on.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes)
{
    public override string ToString() =>
        $"{Id} ({Impact}): {Help}\n" + string.Join("\n", Nodes.Select(n => "    " + n.Target + "  " + n.Html));
}
