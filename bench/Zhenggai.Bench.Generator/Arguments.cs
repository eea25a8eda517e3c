using System.Globalization;

namespace Zhenggai.Bench.Generator;

/// <summary>The generator's command line.</summary>
public sealed record Arguments(int Count, string Seeds, string Settings, string Out, string? Hugo, string? ThemeAssets, ulong Seed)
{
    public const ulong DefaultSeed = 20250331;

    public static Arguments? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0) return null;
        if (!values.TryGetValue("count", out var count) || !int.TryParse(count, CultureInfo.InvariantCulture, out var n) || n < 1) return null;
        if (!values.TryGetValue("seeds", out var seeds) || !values.TryGetValue("settings", out var settings) || !values.TryGetValue("out", out var output)) return null;
        var seed = values.TryGetValue("seed", out var s) ? ulong.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        return new Arguments(n, seeds, settings, output, values.GetValueOrDefault("hugo"), values.GetValueOrDefault("theme-assets"), seed);
    }
}
