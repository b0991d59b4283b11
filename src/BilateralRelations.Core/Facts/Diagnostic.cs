namespace BilateralRelations.Core.Facts;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something in an article that looks like a fact but could not be fully understood.</summary>
public sealed record Diagnostic(string FileName, int Line, DiagnosticSeverity Severity, string Message, string? LineText)
{
    public override string ToString() => $"{FileName}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
