using System.CommandLine;
using Zhenggai.Cli.Preview;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai preview</c>: build, serve on 127.0.0.1, rebuild and reload the browser on every change.</summary>
internal static class PreviewCommand
{
    public static Command Create(CliOutput output)
    {
        var root = CommonOptions.Root();
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Port on 127.0.0.1. Default: {PreviewOptions.DefaultPort}.",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        // Kestrel would throw on an impossible port only once the site is built; 0 asks for any free one.
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be a port number from 0 to 65535.");
        });
        var folder = new Option<string?>("--output", "-o")
        {
            Description = "Where to put the site. Default: output/ in the site folder.",
            HelpName = "folder",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Rebuild everything on every change, without the build cache." };
        var command = new Command("preview",
            "Build the site, serve it on http://127.0.0.1:PORT/, and rebuild and reload open pages when input/, theme/, statiq.json or seeds/ change "
            + "(a changed seed document is imported first). Only for looking at the site: pages carry a reload script; run `build` before publishing.")
        {
            root, port, folder, noCache,
        };
        var verbosity = CommonOptions.AddVerbosity(command);
        ExamplesHelpAction.Set(command,
            "zhenggai preview                 serve the site in the current folder on http://127.0.0.1:5080/",
            "zhenggai preview --port 8080     use another port");
        command.SetAction(async (parse, cancel) =>
        {
            try
            {
                await using var server = await PreviewServer.StartAsync(new PreviewOptions
                {
                    SiteRoot = parse.GetValue(root)!,
                    OutputFolder = parse.GetValue(folder),
                    Port = parse.GetValue(port),
                    NoCache = parse.GetValue(noCache),
                    Quiet = verbosity(parse) == Verbosity.Quiet,
                });
                output.Line($"serving {server.BaseUrl} — watching input/, theme/, statiq.json and seeds/; Ctrl+C to stop");
                await server.WaitAsync(cancel);
                return ExitCodes.Ok;
            }
            catch (Zhenggai.Diagnostics.DiagnosticException ex)
            {
                output.Print(ex.Diagnostics);
                return ExitCodes.InputErrors;
            }
        });
        return command;
    }
}
