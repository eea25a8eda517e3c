using Zhenggai.Cli.Commands;

return CliApp.Run(args, CliOutput.FromConsole());
