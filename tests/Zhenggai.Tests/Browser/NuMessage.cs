namespace Zhenggai.Tests.Browser;

/// <summary>
/// One message from the Nu Html Checker. <see cref="Type"/> is "error", "info" (warnings carry
/// SubType "warning") or "non-document-error" (the checker could not read something).
/// </summary>
public sealed record NuMessage(string Type, string? SubType, string File, int Line, int Column, string Message, string? Extract)
{
    public bool IsError => Type is "error" or "non-document-error";

    public override string ToString() => $"{File}:{Line}:{Column}: {Type}: {Message}" + (Extract is null ? "" : $"  «{Extract}»");
}
