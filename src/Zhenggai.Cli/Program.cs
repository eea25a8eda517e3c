using System.CommandLine;
using Zhenggai.Cli.Commands;

// The command line stays thin: parse arguments, call the library, print diagnostics, set the exit code.
var root = new RootCommand("zhenggai — 整改情况公开网站生成器 (static site generator for rectification disclosures)");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());
return root.Parse(args).Invoke();
