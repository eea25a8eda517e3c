using System.CommandLine;
using Zhenggai.Cli.Commands;

// The command line stays thin: parse arguments, call the library, print diagnostics, set the exit code.
var root = new RootCommand("zhenggai — 整改情况公开网站生成器 (static site generator for rectification disclosures)");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
var parsed = root.Parse(args);
var exit = parsed.Invoke();
// System.CommandLine prints the usage error and help but exits 1, the code for input errors; README promises 2.
return parsed.Errors.Count > 0 ? ExitCodes.Usage : exit;
