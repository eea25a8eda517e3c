using System.Collections.Concurrent;

namespace Zhenggai.Diagnostics;

/// <summary>Collects diagnostics from parallel modules; output order is sorted so logs are stable.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.File, StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();

    public void ThrowIfErrors()
    {
        if (HasErrors) throw new DiagnosticException(Sorted());
    }
}
