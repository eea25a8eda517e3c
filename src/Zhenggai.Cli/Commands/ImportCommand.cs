using System.CommandLine;
using Zhenggai.Import;
using Zhenggai.Settings;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai import [FILE…]</c>: source documents → records in input/findings/, keeping hand edits.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var files = new Argument<string[]>("files")
        {
            Description = "Source documents to import. None: every document in seeds/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var report = new Option<string?>("--report") { Description = "Report id (statiq.json Reports) the findings belong to; needed only when there are several." };
        var checkOnly = new Option<bool>("--check") { Description = "Read and compare only: report what would change, write nothing." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("import", "Import source documents into finding records (input/findings/).") { files, root, report, checkOnly, quiet };
        command.SetAction(parse => DiagnosticPrinter.Run(() =>
        {
            var siteRoot = parse.GetValue(root)!;
            var settings = SettingsLoader.Load(siteRoot);
            // Paths on the command line are relative to where the user stands, not to the site root.
            var paths = (parse.GetValue(files) ?? []).Select(Path.GetFullPath).ToList();
            var result = SeedImporter.Run(siteRoot, settings, paths, new ImportOptions
            {
                ReportId = parse.GetValue(report),
                CheckOnly = parse.GetValue(checkOnly),
            });
            DiagnosticPrinter.Print(result.Warnings);
            if (!parse.GetValue(quiet)) Console.WriteLine(result.Summary);
            return parse.GetValue(checkOnly) && (result.Created + result.Updated) > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        }));
        return command;
    }
}
