using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>
/// Finds the comments and tags of wikitext and records what each reads as: comments, references and other
/// elements readers do not see (galleries, maths) as nothing; <c>&lt;nowiki&gt;</c> as its literal content; line
/// breaks as a space; formatting tags (<c>&lt;small&gt;</c>, <c>&lt;span …&gt;</c>) as nothing, keeping their content.
/// Anything else that starts with '&lt;' ("&lt;5%") stays text. Every search for a closer is remembered when it
/// fails, so a million unclosed tags cost one scan, not a million.
/// </summary>
internal sealed class WikiTagScanner(WikiMarkup markup, ReaderDiagnostics report)
{
    /// <summary>Elements whose content readers never see on the page.</summary>
    private static readonly HashSet<string> s_hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "ref", "references", "gallery", "math", "chem", "ce", "score", "timeline", "graph", "mapframe", "maplink",
        "templatedata", "templatestyles", "imagemap", "syntaxhighlight", "source", "includeonly", "categorytree",
        "inputbox", "hiero", "charinsert", "indicator",
    };

    /// <summary>Elements whose content is shown exactly as written.</summary>
    private static readonly HashSet<string> s_literal = new(StringComparer.OrdinalIgnoreCase) { "nowiki", "pre" };

    private static readonly HashSet<string> s_breaks = new(StringComparer.OrdinalIgnoreCase) { "br", "hr" };

    /// <summary>Formatting that only changes the look of its content.</summary>
    private static readonly HashSet<string> s_formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "div", "small", "big", "sup", "sub", "center", "blockquote", "abbr", "s", "strike", "del", "ins", "u", "b",
        "i", "em", "strong", "cite", "tt", "code", "font", "p", "poem", "section", "onlyinclude", "noinclude", "q", "var", "kbd", "samp",
        "mark", "bdi", "wbr", "dfn", "time", "data", "ruby", "rb", "rt", "rp", "caption", "li", "ul", "ol", "dl", "dt", "dd",
    };

    /// <summary>No real tag is longer; a '&lt;b' with a '&gt;' pages later is text, not a tag swallowing the pages.</summary>
    private const int MaxTagLength = 500;

    private readonly string _text = markup.Text;
    private readonly Dictionary<string, (int From, int Start, int End)> _lastCloser = new(StringComparer.OrdinalIgnoreCase);

    public void Scan()
    {
        for (var i = _text.IndexOf('<'); i >= 0 && i < _text.Length; i = _text.IndexOf('<', i))
        {
            i = ReadAt(i);
        }
    }

    /// <summary>Reads what starts at the '&lt;' at <paramref name="at"/>; returns where to go on.</summary>
    private int ReadAt(int at)
    {
        if (string.CompareOrdinal(_text, at, "<!--", 0, 4) == 0)
        {
            var close = FindCommentEnd(at + 4);
            if (close < 0)
            {
                report.Report(markup.LineOf(at), DiagnosticSeverity.Warning,
                    "A comment '<!--' is never closed by '-->'; the text after it was read.", () => WikiMarkup.LineText(markup, at));
                return Add(at, at + 4, "");
            }
            return Add(at, close + 3, "");
        }
        var tag = ReadTag(at);
        if (tag is null)
        {
            return at + 1;
        }
        var (name, end, closing, selfClosing) = tag.Value;
        if (s_breaks.Contains(name))
        {
            return Add(at, end, " ");
        }
        if (s_hidden.Contains(name) || s_literal.Contains(name))
        {
            if (closing || selfClosing)
            {
                return Add(at, end, "");
            }
            var (closer, closerEnd) = FindCloser(name, end);
            if (closer < 0)
            {
                report.Report(markup.LineOf(at), DiagnosticSeverity.Warning,
                    $"A <{name.ToLowerInvariant()}> is never closed; the text after it was read.", () => WikiMarkup.LineText(markup, at));
                return Add(at, end, "");
            }
            var content = s_literal.Contains(name) ? _text[end..closer] : "";
            return Add(at, closerEnd, content);
        }
        return s_formatting.Contains(name) ? Add(at, end, "") : at + 1;
    }

    /// <summary>The next "--&gt;", remembered like <see cref="FindCloser"/>.</summary>
    private int FindCommentEnd(int from)
    {
        if (_lastCommentEnd.From >= 0 && from >= _lastCommentEnd.From && (_lastCommentEnd.At < 0 || from <= _lastCommentEnd.At))
        {
            return _lastCommentEnd.At;
        }
        var at = _text.IndexOf("-->", from, StringComparison.Ordinal);
        _lastCommentEnd = (from, at);
        return at;
    }

    private (int From, int At) _lastCommentEnd = (-1, -1);

    private int Add(int start, int end, string replacement)
    {
        markup.Spans[start] = new WikiSpan(end, replacement);
        return end;
    }

    /// <summary>A tag "&lt;name attrs&gt;", "&lt;/name&gt;" or "&lt;name/&gt;" of at most <see cref="MaxTagLength"/> characters; null when the '&lt;' is text.</summary>
    private (string Name, int End, bool Closing, bool SelfClosing)? ReadTag(int at)
    {
        var i = at + 1;
        var closing = i < _text.Length && _text[i] == '/';
        if (closing)
        {
            i++;
        }
        var nameStart = i;
        while (i < _text.Length && char.IsAsciiLetterOrDigit(_text[i]))
        {
            i++;
        }
        if (i == nameStart || !char.IsAsciiLetter(_text[nameStart]) || (i < _text.Length && _text[i] is not ('>' or '/' or ' ' or '\t' or '\n')))
        {
            return null;
        }
        var stop = _text.IndexOfAny(['<', '>'], i, Math.Min(MaxTagLength, _text.Length - i));
        if (stop < 0 || _text[stop] != '>')
        {
            return null;
        }
        return (_text[nameStart..i], stop + 1, closing, _text[stop - 1] == '/');
    }

    /// <summary>
    /// The next end tag "&lt;/name&gt;" (any case, spaces before the '&gt;') from <paramref name="from"/>: where it starts
    /// and ends, or -1. The last answer per name is remembered: a search from a position up to where that end tag
    /// starts (or, when there was none, anywhere further on) has the same answer, so repeated searches cost one scan.
    /// </summary>
    private (int Start, int End) FindCloser(string name, int from)
    {
        if (_lastCloser.TryGetValue(name, out var last) && from >= last.From && (last.Start < 0 || from <= last.Start))
        {
            return (last.Start, last.End);
        }
        var (start, end) = (-1, -1);
        for (var i = from; (i = _text.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase)) >= 0; i++)
        {
            var j = i + 2 + name.Length;
            while (j < _text.Length && _text[j] is ' ' or '\t' or '\n')
            {
                j++;
            }
            if (j < _text.Length && _text[j] == '>')
            {
                (start, end) = (i, j + 1);
                break;
            }
        }
        _lastCloser[name] = (from, start, end);
        return (start, end);
    }
}
