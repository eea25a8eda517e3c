namespace Zhenggai.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
