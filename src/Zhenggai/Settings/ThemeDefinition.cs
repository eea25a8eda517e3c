namespace Zhenggai.Settings;

/// <summary>A theme (主题) with its address key, Chinese label and the keywords that suggest it.</summary>
public sealed record ThemeDefinition
{
    /// <summary>ASCII key used in addresses (themes/water/) and records.</summary>
    public required string Key { get; set; }

    /// <summary>Chinese label, e.g. 水.</summary>
    public required string Label { get; set; }

    /// <summary>Words in a problem's text that suggest this theme. Empty for the catch-all theme.</summary>
    public IReadOnlyList<string> Keywords { get; set; } = [];

    /// <summary>How many keyword hits in the problem text suggest the theme (a hit in its first sentence counts twice). Default 2.</summary>
    public int MinHits { get; set; } = 2;

    public static readonly IReadOnlyList<ThemeDefinition> Defaults =
    [
        new() { Key = "water", Label = "水", Keywords = ["水体", "水质", "污水", "黑臭", "河长", "河湖", "管网", "雨污", "地下水", "地表水", "水环境", "取水", "排污口", "流域", "水源"] },
        new() { Key = "air", Label = "大气", Keywords = ["大气", "扬尘", "焚烧", "禁烧", "散煤", "燃煤", "锅炉", "机动车", "尾气", "非道路移动机械", "喷漆", "异味", "重污染天气", "空气"] },
        new() { Key = "soil", Label = "土壤", Keywords = ["土壤", "黑土地", "耕地", "耕作层", "占用土地", "固体废物", "固废", "危险废物", "危废", "废机油", "医疗废物", "建筑垃圾", "粪污", "堆砂"] },
        new() { Key = "mines", Label = "矿山", Keywords = ["矿山", "矿产", "采石场", "砖厂", "复垦", "采矿"] },
        new() { Key = "general", Label = "综合", Keywords = [] },
    ];
}
