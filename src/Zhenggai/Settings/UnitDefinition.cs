namespace Zhenggai.Settings;

/// <summary>A responsible unit (责任单位) with the other names it goes by in source text.</summary>
public sealed record UnitDefinition
{
    /// <summary>The unit's name as published, e.g. 区生态环境分局.</summary>
    public required string Name { get; set; }

    /// <summary>ASCII address key, e.g. eco-env.</summary>
    public required string Slug { get; set; }

    /// <summary>Other spellings, e.g. 生态环境分局, 区生态环境局.</summary>
    public IReadOnlyList<string> Aliases { get; set; } = [];
}
