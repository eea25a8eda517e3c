using System.CommandLine;
using System.Diagnostics;
using Zhenggai.Import;
using Zhenggai.Settings;

namespace Zhenggai.Cli.Commands;

/// <summary><c>zhenggai import [FILE…]</c>: source documents → records in input/findings/, keeping hand edits.</summary>
internal static class ImportCommand
{
    public static Command Create(CliOutput output)
    {
        var root = CommonOptions.Root();
        var files = new Argument<string[]>("files")
        {
            Description = "Source documents to import: Word (.docx) or plain text (.txt, UTF-8 or GB18030), relative to the current folder. None: every .docx and .txt in seeds/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var report = new Option<string?>("--report")
        {
            Description = "The report (statiq.json Reports Id) the findings belong to; needed only when there are several.",
            HelpName = "id",
        };
        var checkOnly = new Option<bool>("--check")
        {
            Description = "Read and compare only: report what would change and write nothing. Exit code 1 when a record would be created or updated.",
        };
        var command = new Command("import",
            "Import source documents into finding records (input/findings/NNN.md). Every document is read and checked first; "
            + "on any error nothing is written. A record that already exists keeps its hand edits (title, themes, status …); only its official text and source change.")
        { files, root, report, checkOnly };
        var verbosity = CommonOptions.AddVerbosity(command);
        ExamplesHelpAction.Set(command,
            "zhenggai import                           import every .docx and .txt in seeds/",
            "zhenggai import seeds/report.docx         import the Word original of a report",
            "zhenggai import seeds/a.txt --report r2   import into report r2 when statiq.json has several",
            "zhenggai import --check                   show what an import would change, write nothing");
        command.SetAction(parse =>
        {
            output.Verbosity = verbosity(parse);
            return DiagnosticPrinter.Run(output, () =>
            {
                var clock = Stopwatch.StartNew();
                var siteRoot = parse.GetValue(root)!;
                var settings = SettingsLoader.Load(siteRoot);
                // Paths on the command line are relative to where the user stands, not to the site root.
                var paths = (parse.GetValue(files) ?? []).Select(Path.GetFullPath).ToList();
                var result = SeedImporter.Run(siteRoot, settings, paths, new ImportOptions
                {
                    ReportId = parse.GetValue(report),
                    CheckOnly = parse.GetValue(checkOnly),
                });
                output.Print(result.Warnings);
                foreach (var doc in result.Documents)
                    output.Detail($"  read {doc.Path} ({doc.Shape}, {doc.Encoding}): {CliOutput.Count(doc.Findings.Count, "finding")}");
                foreach (var f in result.Findings)
                    output.Detail($"  {f.Outcome.ToString().ToLowerInvariant(),-9} {f.RecordPath} ← {f.Source}:{f.SourceLine}");
                output.Line($"{result.Summary} in {CliOutput.Duration(clock.Elapsed)}");
                return parse.GetValue(checkOnly) && (result.Created + result.Updated) > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
            });
        });
        return command;
    }
}
