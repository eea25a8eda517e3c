namespace Zhenggai.Diagnostics;

/// <summary>
/// One problem found in the user's files. Printed as <c>file(line,col): error CODE: message</c>
/// followed by a hint, the MSBuild-style shape editors and CI logs already know how to link.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public static Diagnostic Error(string code, string file, int line, string message, string? hint = null, int column = 1)
        => new(DiagnosticSeverity.Error, code, file, line, column, message, hint);

    public static Diagnostic Warning(string code, string file, int line, string message, string? hint = null, int column = 1)
        => new(DiagnosticSeverity.Warning, code, file, line, column, message, hint);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var text = $"{File}({Line},{Column}): {kind} {Code}: {Message}";
        return Hint is null ? text : text + Environment.NewLine + "  hint: " + Hint;
    }
}
