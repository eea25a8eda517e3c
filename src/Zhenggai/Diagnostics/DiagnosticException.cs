namespace Zhenggai.Diagnostics;

/// <summary>
/// Thrown when bad input stops a command. It carries every diagnostic found so far, so the
/// user sees all problems at once instead of fixing them one run at a time.
/// </summary>
public sealed class DiagnosticException : Exception
{
    public DiagnosticException(IEnumerable<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics.ToList();
    }

    public DiagnosticException(Diagnostic diagnostic) : this(new[] { diagnostic })
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
