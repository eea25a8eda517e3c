using System.Diagnostics;
using Zhenggai.Bench.Generator;
using Zhenggai.Records;
using Zhenggai.Settings;

// Generates the benchmark corpus: N synthetic findings as a Zhenggai site and as a Hugo site.
// Same arguments → byte-identical files, so every run of bench/run.sh measures the same input.
var options = Arguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Zhenggai.Bench.Generator --count N --seeds DIR --settings statiq.json --out SITE_DIR [--hugo HUGO_DIR] [--theme-assets DIR] [--seed N]");
    return 2;
}

var clock = Stopwatch.StartNew();
var pool = SentencePool.FromSeeds(options.Seeds);
var factory = new FindingFactory(pool, options.Seed);
var records = new FindingRecord[options.Count];
Parallel.For(0, options.Count, i => records[i] = factory.Make(i + 1));

ZhenggaiSiteWriter.Write(options.Out, options.Settings, records);
if (options.Hugo is not null)
    HugoSiteWriter.Write(options.Hugo, SettingsLoader.Load(options.Out), options.ThemeAssets, records);
Console.WriteLine($"generated {options.Count} findings from {pool.Sentences.Count} seed sentences in {clock.ElapsedMilliseconds} ms");
return 0;
