using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats;

/// <summary>
/// Diagnostics of one reader run, each message once: hostile input may repeat a fault a million times, and one
/// line saying so (with the count and the first place) helps more than a million lines. At most
/// <see cref="MaxMessages"/> different messages are kept (a million different unknown templates would otherwise be a
/// million lines); one more line counts the rest.
/// </summary>
internal sealed class ReaderDiagnostics(string name)
{
    private sealed class Entry(int line, DiagnosticSeverity severity, string message, string? text)
    {
        public int Line { get; } = line;
        public DiagnosticSeverity Severity { get; } = severity;
        public string Message { get; } = message;
        public string? Text { get; } = text;
        public int Count { get; set; } = 1;
    }

    public const int MaxMessages = 100;

    private readonly Dictionary<string, Entry> _byMessage = new(StringComparer.Ordinal);
    private int _leftOut;
    private readonly List<Entry> _entries = [];

    public string Name { get; } = name;

    public void Report(int line, DiagnosticSeverity severity, string message, string? text = null) =>
        Report(line, severity, message, () => text);

    /// <summary>Reports; <paramref name="text"/> is asked for only the first time the message is seen.</summary>
    public void Report(int line, DiagnosticSeverity severity, string message, Func<string?> text)
    {
        if (_byMessage.TryGetValue(message, out var seen))
        {
            seen.Count++;
            return;
        }
        if (_entries.Count == MaxMessages)
        {
            _leftOut++;
            return;
        }
        var lineText = text();
        var entry = new Entry(line, severity, message, lineText is null ? null : TextLines.Shorten(lineText));
        _byMessage[message] = entry;
        _entries.Add(entry);
    }

    public void CopyTo(ICollection<Diagnostic> diagnostics)
    {
        foreach (var e in _entries)
        {
            var message = e.Count == 1 ? e.Message : $"{e.Message} ({e.Count:N0} times; the first is on this line.)";
            diagnostics.Add(new Diagnostic(Name, e.Line, e.Severity, message, e.Text));
        }
        if (_leftOut > 0)
        {
            diagnostics.Add(new Diagnostic(Name, 0, DiagnosticSeverity.Warning, $"{_leftOut:N0} more diagnostics of other kinds were left out.", null));
        }
    }
}
