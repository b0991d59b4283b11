using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>A stretch of wikitext read as something else: a comment or reference as nothing, <c>&lt;br&gt;</c> as a space.</summary>
internal readonly record struct WikiSpan(int End, string Replacement);

/// <summary>
/// Wikitext prepared for reading, in one linear pass each: the spans that tags and comments replace (every span starts
/// at a '&lt;'), and for every <c>{{</c> and <c>[[</c> the position of the <c>}}</c> or <c>]]</c> that closes it.
/// Positions are those of <see cref="Text"/>, so any of them gives its line of the file.
/// </summary>
internal sealed class WikiMarkup
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;

    private WikiMarkup(string text, int firstLine)
    {
        Text = text;
        _firstLine = firstLine;
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public Dictionary<int, WikiSpan> Spans { get; } = [];

    public Dictionary<int, int> Closers { get; } = [];

    /// <summary>The line of the file that holds <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var index = Array.BinarySearch(_lineStarts, position);
        return _firstLine + (index >= 0 ? index : ~index - 1);
    }

    /// <summary>The end of the template or link opening at <paramref name="position"/>, when it closes before <paramref name="limit"/>.</summary>
    public bool TryGetCloser(int position, int limit, out int closer) =>
        Closers.TryGetValue(position, out closer) && closer + 2 <= limit;

    /// <summary>
    /// The end of the tag or comment span, or of the template or link closed before <paramref name="limit"/>, that
    /// starts at <paramref name="position"/>; -1 when none does. Scans that step over nested markup use it.
    /// </summary>
    public int EndOfNested(int position, int limit)
    {
        if (Text[position] == '<' && Spans.TryGetValue(position, out var span) && span.End <= limit)
        {
            return span.End;
        }
        return (IsPair(position, '{') || IsPair(position, '[')) && TryGetCloser(position, limit, out var closer) ? closer + 2 : -1;
    }

    public bool IsPair(int position, char c) =>
        position + 1 < Text.Length && Text[position] == c && Text[position + 1] == c;

    /// <summary>Prepares <paramref name="text"/> (LF line ends), whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static WikiMarkup Prepare(string text, int firstLine, ReaderDiagnostics report)
    {
        var markup = new WikiMarkup(text, firstLine);
        new WikiTagScanner(markup, report).Scan();
        PairBrackets(markup, report);
        return markup;
    }

    /// <summary>
    /// Pairs <c>{{ }}</c> and <c>[[ ]]</c> with a stack each: linear however deep or unbalanced the text. A link
    /// never spans a line break (as in MediaWiki), so a line break leaves every link still open unclosed.
    /// </summary>
    private static void PairBrackets(WikiMarkup markup, ReaderDiagnostics report)
    {
        var text = markup.Text;
        var templates = new Stack<int>();
        var links = new Stack<int>();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '<' && markup.Spans.TryGetValue(i, out var span))
            {
                i = span.End;
            }
            else if (markup.IsPair(i, '{'))
            {
                templates.Push(i);
                i += 2;
            }
            else if (markup.IsPair(i, '['))
            {
                links.Push(i);
                i += 2;
            }
            else if (markup.IsPair(i, '}'))
            {
                Close(templates, i, "'}}' closes no template; it was read as text.");
                i += 2;
            }
            else if (markup.IsPair(i, ']'))
            {
                Close(links, i, "']]' closes no link; it was read as text.");
                i += 2;
            }
            else if (text[i] == '\n' && links.Count > 0)
            {
                ReportUnclosedLinks();
                i++;
            }
            else
            {
                i++;
            }
        }
        foreach (var open in templates.Reverse()) // the first left open first
        {
            report.Report(markup.LineOf(open), DiagnosticSeverity.Warning,
                "A template '{{' is never closed by '}}'; its text was read as plain text.", () => LineText(markup, open));
        }
        ReportUnclosedLinks();

        void ReportUnclosedLinks()
        {
            foreach (var open in links.Reverse())
            {
                report.Report(markup.LineOf(open), DiagnosticSeverity.Warning,
                    "A link '[[' is never closed by ']]' on its line; its text was read as plain text.", () => LineText(markup, open));
            }
            links.Clear();
        }

        void Close(Stack<int> opens, int at, string stray)
        {
            if (opens.TryPop(out var open))
            {
                markup.Closers[open] = at;
            }
            else
            {
                report.Report(markup.LineOf(at), DiagnosticSeverity.Warning, stray, () => LineText(markup, at));
            }
        }
    }

    /// <summary>At most 200 characters of the line around <paramref name="position"/>, for a diagnostic; bounded work on any line.</summary>
    public static string LineText(WikiMarkup markup, int position)
    {
        var text = markup.Text;
        var back = Math.Min(position, 80);
        var newline = back == 0 ? -1 : text.LastIndexOf('\n', position - 1, back);
        var start = newline >= 0 ? newline + 1 : position - back;
        var length = Math.Min(200, text.Length - start);
        var end = text.IndexOf('\n', start, length);
        return text[start..(end < 0 ? start + length : end)];
    }
}
