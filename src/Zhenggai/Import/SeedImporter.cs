using System.Text;
using Zhenggai.Diagnostics;
using Zhenggai.Records;
using Zhenggai.Settings;

namespace Zhenggai.Import;

/// <summary>
/// Imports source documents into <c>input/findings/NNN.md</c> records. Every document is read
/// and checked first; any error stops the import with all diagnostics and leaves <c>input/</c>
/// exactly as it was. Only then are records written, each atomically and only when its content
/// changes, so importing twice gives byte-identical files. An existing record keeps its
/// editorial fields (<see cref="EditorialFields"/>).
/// </summary>
public static class SeedImporter
{
    public const string SeedsFolder = "seeds";

    /// <summary>Source documents larger than this are refused: a real report is a few hundred kilobytes.</summary>
    public const int MaxSourceBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="siteRoot">The site folder (holds statiq.json, seeds/, input/).</param>
    /// <param name="settings">The site settings; its Reports and Themes are used.</param>
    /// <param name="files">Documents to import, absolute or relative to <paramref name="siteRoot"/>; empty means every document in seeds/.</param>
    /// <param name="options">Report choice, check-only mode, readers.</param>
    /// <exception cref="DiagnosticException">Any problem with the settings, the documents or existing records; nothing was written.</exception>
    public static ImportReport Run(string siteRoot, SiteSettings settings, IReadOnlyList<string> files, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        var readers = options.Readers ?? SourceReaders.Default;
        var root = Path.GetFullPath(siteRoot);
        var errors = new List<Diagnostic>();

        var reportId = ResolveReport(settings, options.ReportId, errors);
        var paths = files.Count > 0
            ? files.Select(f => Path.GetFullPath(Path.Combine(root, f))).Distinct(StringComparer.Ordinal).ToList()
            : SeedFiles(root, readers, errors);

        var documents = new List<SourceDocument>();
        foreach (var path in paths)
        {
            var doc = ReadDocument(root, path, readers, errors);
            if (doc is not null) documents.Add(doc);
        }
        errors.AddRange(SourceValidator.Validate(documents));
        if (errors.Count > 0) throw new DiagnosticException(errors);

        var folder = Path.Combine(root, RecordStore.FindingsFolder);
        var planned = new List<(ImportedFinding Entry, string FullPath, byte[] Bytes)>();
        foreach (var doc in documents)
        foreach (var finding in doc.Findings)
        {
            var name = RecordFile.FileName(finding.Number);
            var full = Path.Combine(folder, name);
            var display = RecordStore.FindingsFolder + "/" + name;
            var record = NewRecord(doc, finding, reportId!, settings);
            byte[]? old = null;
            if (File.Exists(full))
            {
                old = File.ReadAllBytes(full);
                FindingRecord existing;
                try
                {
                    existing = RecordFile.Read(old, display);
                }
                catch (DiagnosticException ex)
                {
                    // Overwriting an unreadable record would lose its hand edits: it must be fixed first.
                    errors.AddRange(ex.Diagnostics);
                    continue;
                }
                if (existing.Source != doc.Path)
                {
                    errors.Add(Diagnostic.Error("ZG0415", doc.Path, finding.Line,
                        $"{finding.Label} would replace {display}, which comes from another document ({existing.Source})",
                        $"if this document replaces {existing.Source}, change `source:` in {display} to `{doc.Path}` (or delete the record) and import again; otherwise the two documents give one number to two findings"));
                    continue;
                }
                record = EditorialFields.Keep(record, existing);
            }
            var bytes = Utf8NoBom.GetBytes(RecordFile.Write(record));
            var outcome = old is null ? ImportOutcome.Created : old.AsSpan().SequenceEqual(bytes) ? ImportOutcome.Unchanged : ImportOutcome.Updated;
            planned.Add((new ImportedFinding(finding.Number, display, doc.Path, finding.Line, outcome), full, bytes));
        }
        if (errors.Count > 0) throw new DiagnosticException(errors);

        var warnings = StaleRecords(folder, documents);
        if (!options.CheckOnly)
            AtomicFiles.Write(planned.Where(p => p.Entry.Outcome != ImportOutcome.Unchanged).Select(p => (p.FullPath, p.Bytes)).ToList());
        return new ImportReport(documents, planned.Select(p => p.Entry).OrderBy(e => e.Number).ToList(), warnings, options.CheckOnly);
    }

    /// <summary>The record a finding gives before any hand edit: official text verbatim, editorial fields suggested.</summary>
    public static FindingRecord NewRecord(SourceDocument document, SourceFinding finding, string reportId, SiteSettings settings)
    {
        var (status, statusText) = StatusSuggester.Suggest(finding.Result, finding.SourceStatus);
        var record = new FindingRecord
        {
            Number = finding.Number,
            Label = finding.Label,
            Title = TitleSuggester.Suggest(finding.Problem),
            Themes = ThemeSuggester.Suggest(finding.Problem, settings.Themes),
            Status = status,
            StatusText = statusText,
            Report = reportId,
            Source = document.Path,
            SourceLine = finding.Line,
            Problem = finding.Problem,
            Target = finding.Target,
            Measures = finding.Measures,
            Result = finding.Result,
            UnitsText = finding.UnitsText,
            DeadlineText = finding.DeadlineText,
            SourceNote = finding.SourceNote,
        };
        // Units and deadlines are suggestions like themes: found once here, then the editor's.
        var year = DeadlineExtractor.FallbackYear(settings.FindReport(reportId), otherwise: 2024);
        return record with
        {
            Units = UnitExtractor.Find(record, settings.Units),
            Deadlines = DeadlineExtractor.Find(record, year),
        };
    }

    private static string? ResolveReport(SiteSettings settings, string? requested, List<Diagnostic> errors)
    {
        var known = string.Join(", ", settings.Reports.Select(r => r.Id));
        if (requested is not null)
        {
            if (settings.FindReport(requested) is not null) return requested;
            errors.Add(Diagnostic.Error("ZG0414", SettingsLoader.FileName, 1, $"unknown report `{requested}`",
                settings.Reports.Count == 0 ? "add the report to `Reports` in statiq.json (Id, Title, IssuingBody, DataDate)" : "known reports: " + known));
            return null;
        }
        switch (settings.Reports.Count)
        {
            case 1:
                return settings.Reports[0].Id;
            case 0:
                errors.Add(Diagnostic.Error("ZG0414", SettingsLoader.FileName, 1, "statiq.json defines no report for the findings to belong to",
                    "add one to `Reports`, e.g. { \"Id\": \"jilin-round2\", \"Title\": \"…\", \"IssuingBody\": \"…\", \"DataDate\": \"2025-03-31\" }"));
                return null;
            default:
                errors.Add(Diagnostic.Error("ZG0414", SettingsLoader.FileName, 1, "statiq.json defines several reports; the import must be told which one the documents belong to",
                    "name the report's Id when importing (known reports: " + known + ")"));
                return null;
        }
    }

    private static List<string> SeedFiles(string root, IReadOnlyList<ISourceReader> readers, List<Diagnostic> errors)
    {
        var seeds = Path.Combine(root, SeedsFolder);
        var found = Directory.Exists(seeds)
            ? Directory.GetFiles(seeds).Where(f => readers.Any(r => r.Accepts(f))).OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];
        if (found.Count == 0)
            errors.Add(Diagnostic.Error("ZG0418", SeedsFolder + "/", 1,
                Directory.Exists(seeds) ? "seeds/ holds no document the importer reads" : "there is no seeds/ folder to import from",
                "put the source documents (Word .docx, or plain text .txt in UTF-8 or GB18030) in seeds/, or name the files to import"));
        return found;
    }

    private static SourceDocument? ReadDocument(string root, string path, IReadOnlyList<ISourceReader> readers, List<Diagnostic> errors)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal))
        {
            errors.Add(Diagnostic.Error("ZG0413", path, 1, "the document is outside the site folder",
                "copy it into seeds/ and import it from there: records cite their source by its path in the site"));
            return null;
        }
        if (!File.Exists(path))
        {
            errors.Add(Diagnostic.Error("ZG0401", relative, 1, "no such file",
                "check the path; relative paths are taken from the site folder, e.g. seeds/report.txt"));
            return null;
        }
        var reader = readers.FirstOrDefault(r => r.Accepts(path));
        if (reader is null)
        {
            errors.Add(Diagnostic.Error("ZG0402", relative, 1, $"the importer cannot read `{Path.GetExtension(path)}` files",
                "save the document as a Word document (.docx) or as plain text (.txt, UTF-8) and import that file"));
            return null;
        }
        var length = new FileInfo(path).Length;
        if (length > MaxSourceBytes)
        {
            errors.Add(Diagnostic.Error("ZG0419", relative, 1, $"the file is {length:N0} bytes, over the limit of {MaxSourceBytes:N0}",
                "a source document holds text only; check that this is the right file"));
            return null;
        }
        try
        {
            return reader.Read(relative, File.ReadAllBytes(path));
        }
        catch (DiagnosticException ex)
        {
            errors.AddRange(ex.Diagnostics);
            return null;
        }
    }

    /// <summary>Records that cite an imported document but whose number the document no longer holds.</summary>
    private static List<Diagnostic> StaleRecords(string folder, IReadOnlyList<SourceDocument> documents)
    {
        var warnings = new List<Diagnostic>();
        if (!Directory.Exists(folder)) return warnings;
        var imported = documents.ToDictionary(d => d.Path, d => d.Findings.Select(f => f.Number).ToHashSet(), StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var display = RecordStore.FindingsFolder + "/" + Path.GetFileName(file);
            FindingRecord record;
            try
            {
                record = RecordFile.Read(File.ReadAllBytes(file), display);
            }
            catch (DiagnosticException)
            {
                continue; // not this import's record; the build reports it
            }
            if (imported.TryGetValue(record.Source, out var numbers) && !numbers.Contains(record.Number))
                warnings.Add(Diagnostic.Warning("ZG0417", display, 2,
                    $"the record cites {record.Source}, which no longer holds {record.Label}",
                    "if the finding was withdrawn or renumbered, delete this record (and list its address in the new record's redirect_from); otherwise check the source document"));
        }
        return warnings;
    }
}
