using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>
/// Renders a stretch of wikitext as the words a reader sees: links as their text, bold and italic quotes removed,
/// templates by their rule (<see cref="TemplateBook"/>), tags and comments by their span, entities decoded. Every
/// part of the text is visited at most once per nesting level, and nesting is capped, so time stays linear.
/// </summary>
internal sealed partial class WikiInlineRenderer(WikiMarkup markup, TemplateBook templates, CountryCatalog catalog, ReaderDiagnostics report)
{
    /// <summary>Real articles nest templates and links a few levels deep; deeper is hostile or broken.</summary>
    public const int MaxDepth = 20;

    private static readonly string[] s_hiddenNamespaces = ["file", "image", "media", "category"];

    private readonly string _text = markup.Text;

    /// <summary>Where the last search for an external link's ']' started and what it found: reused for any start before it.</summary>
    private (int From, int Found) _bracketSearch = (-1, -1);

    [GeneratedRegex(@"^[a-z]{2,3}(?:-[a-z]{2,8})*:")]
    private static partial Regex InterlanguagePrefix();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex Disambiguator();

    [GeneratedRegex(@"__[A-Z]+__")]
    private static partial Regex MagicWord();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    /// <summary>[start, end) as plain text on one line: whitespace runs (and line breaks) become one space.</summary>
    public string Render(int start, int end) => Tidy(RenderLines(start, end)).Replace('\n', ' ').Trim();

    /// <summary>[start, end) as plain text, keeping its line breaks (for a list inside a template parameter).</summary>
    public string RenderLines(int start, int end)
    {
        var builder = new StringBuilder();
        Append(builder, start, end, 0);
        return builder.ToString();
    }

    private static string Tidy(string text) =>
        Spaces().Replace(MagicWord().Replace(WebUtility.HtmlDecode(text), ""), " ");

    private void Append(StringBuilder builder, int start, int end, int depth)
    {
        for (var i = start; i < end;)
        {
            var c = _text[i];
            if (c == '<' && markup.Spans.TryGetValue(i, out var span) && span.End <= end)
            {
                builder.Append(span.Replacement);
                i = span.End;
            }
            else if (markup.IsPair(i, '{'))
            {
                i = Nested(builder, i, end, depth, AppendTemplate);
            }
            else if (markup.IsPair(i, '['))
            {
                i = Nested(builder, i, end, depth, AppendLink);
            }
            else if (c == '[' && ExternalLinkEnd(i, end) is var close and > 0)
            {
                AppendExternalLink(builder, i + 1, close, depth);
                i = close + 1;
            }
            else if (c == '\'' && i + 1 < end && _text[i + 1] == '\'')
            {
                while (i < end && _text[i] == '\'')
                {
                    i++; // '' italic, ''' bold, ''''' both: the look, not the words
                }
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
    }

    private int Nested(StringBuilder builder, int at, int end, int depth, Action<StringBuilder, int, int, int> append)
    {
        if (!markup.TryGetCloser(at, end, out var closer))
        {
            return at + 2; // never closed (reported when paired): the brackets go, the text stays
        }
        if (depth >= MaxDepth)
        {
            report.Report(markup.LineOf(at), DiagnosticSeverity.Warning,
                $"Templates and links are nested more than {MaxDepth} deep; the innermost were left out.", () => WikiMarkup.LineText(markup, at));
        }
        else
        {
            append(builder, at + 2, closer, depth + 1);
        }
        return closer + 2;
    }

    private void AppendLink(StringBuilder builder, int start, int end, int depth)
    {
        var parts = WikiTemplate.Split(markup, start, end, '|');
        var target = RenderPart(parts[0].Start, parts[0].End, depth);
        if (target.StartsWith(':'))
        {
            target = target[1..];
        }
        else if (s_hiddenNamespaces.Any(ns => target.StartsWith(ns + ":", StringComparison.OrdinalIgnoreCase)) || InterlanguagePrefix().IsMatch(target))
        {
            return; // images, categories and links to other languages show no words in the text
        }
        if (parts.Count == 1)
        {
            builder.Append(target.StartsWith('#') ? target[1..] : target);
            return;
        }
        var label = RenderPart(parts[1].Start, end, depth);
        // "[[Baku (city)|]]": the pipe trick shows the target without its brackets.
        builder.Append(label.Length > 0 ? label : Disambiguator().Replace(target, ""));
    }

    /// <summary>The ']' closing an external link "[https://… label]" on the same line, or -1.</summary>
    private int ExternalLinkEnd(int at, int end)
    {
        var rest = _text.AsSpan(at + 1, Math.Min(end - at - 1, 8));
        if (!(rest.StartsWith("http://") || rest.StartsWith("https://") || rest.StartsWith("//") || rest.StartsWith("ftp://") || rest.StartsWith("mailto:")))
        {
            return -1;
        }
        if (!(_bracketSearch.From <= at && at <= _bracketSearch.Found))
        {
            var found = _text.IndexOfAny([']', '\n'], at);
            _bracketSearch = (at, found < 0 ? _text.Length : found);
        }
        var close = _bracketSearch.Found;
        return close < end && _text[close] == ']' ? close : -1;
    }

    private void AppendExternalLink(StringBuilder builder, int start, int end, int depth)
    {
        var space = _text.IndexOf(' ', start, end - start);
        if (space > 0)
        {
            Append(builder, space + 1, end, depth); // the label; a bare "[https://…]" shows only a number
        }
    }

    private string RenderPart(int start, int end, int depth)
    {
        var builder = new StringBuilder();
        Append(builder, start, end, depth);
        return Tidy(builder.ToString()).Trim();
    }

    private void AppendTemplate(StringBuilder builder, int start, int end, int depth)
    {
        var template = WikiTemplate.Read(markup, start, end);
        if (template.Name.Contains(':') || template.Name.StartsWith('#'))
        {
            return; // parser functions and magic words ({{#if:…}}, {{DEFAULTSORT:…}}) only steer the page
        }
        var rule = templates.RuleFor(template.Name);
        builder.Append(rule.Kind switch
        {
            TemplateRuleKind.Text => FirstOf(template, rule.Arguments, depth),
            TemplateRuleKind.Date => DateOf(template, depth),
            TemplateRuleKind.FlagCode => FlagCode(Value(template.Position(1), depth)),
            TemplateRuleKind.FlagName => FlagName(Value(template.Named("name"), depth) is { Length: > 0 } name ? name : Value(template.Position(1), depth)),
            TemplateRuleKind.List => string.Join(", ", template.Positional.SelectMany(p => ListItems(p, depth))),
            TemplateRuleKind.Convert => ConvertOf(template, depth),
            TemplateRuleKind.Literal => rule.Arguments[0],
            TemplateRuleKind.AsOf => "As of " + DateOf(template, depth),
            TemplateRuleKind.Circa => "c. " + Value(template.Position(1), depth),
            TemplateRuleKind.Unknown => UnknownTemplate(template),
            _ => "", // Drop; an infobox inside a line shows nothing there (one at the start of a line is read as fields)
        });
    }

    public string Value(WikiParameter? parameter, int depth = 0) =>
        parameter is { } p ? RenderPart(p.Start, p.End, depth) : "";

    private string FirstOf(WikiTemplate template, IReadOnlyList<string> names, int depth)
    {
        foreach (var name in names)
        {
            var parameter = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? template.Position(number) : template.Named(name);
            if (parameter is not null)
            {
                return Value(parameter, depth);
            }
        }
        return "";
    }

    private string UnknownTemplate(WikiTemplate template)
    {
        report.Report(markup.LineOf(template.Start), DiagnosticSeverity.Info,
            $"The template {{{{{Shorten(template.Name)}}}}} is not one the reader knows; it was left out.", () => WikiMarkup.LineText(markup, template.Start));
        return "";
    }

    /// <summary>A template's name as MediaWiki reads it (first letter in any case, "_" a space), cut for a message.</summary>
    private static string Shorten(string name)
    {
        var key = TemplateBook.Normalize(name);
        key = key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];
        return key.Length <= 60 ? key : key[..60] + "…";
    }

    /// <summary>{{start date|1992|11|27}} → "27 November 1992"; {{dts|27 November 1992}} → as written.</summary>
    private string DateOf(WikiTemplate template, int depth)
    {
        var parts = template.Positional.Select(p => Value(p, depth)).Where(v => v.Length > 0).Take(3).ToList();
        if (parts.Count == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return parts.FirstOrDefault() ?? "";
        }
        var month = parts.Count > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        if (month == 0)
        {
            return parts[0];
        }
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var day = parts.Count > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : 0;
        return day == 0 ? $"{monthName} {year}" : $"{day} {monthName} {year}";
    }

    /// <summary>A flag icon as the plain rendering writes it: the country's code ("HUN"), or the name when unknown.</summary>
    private string FlagCode(string country)
    {
        if (catalog.FindByCode(country) is not null)
        {
            return country;
        }
        return catalog.FindByName(country)?.Iso3 ?? country;
    }

    private string FlagName(string country) => catalog.FindByCode(country)?.Name ?? country;

    private IEnumerable<string> ListItems(WikiParameter parameter, int depth)
    {
        var builder = new StringBuilder();
        Append(builder, parameter.Start, parameter.End, depth);
        return builder.ToString().Split('\n')
            .Select(line => Tidy(line).Trim().TrimStart('*', '#', ':', ';').Trim())
            .Where(item => item.Length > 0);
    }

    /// <summary>{{convert|5300|km|mi}} → "5300 km"; {{convert|5|to|10|km}} → "5 to 10 km".</summary>
    private string ConvertOf(WikiTemplate template, int depth)
    {
        var parts = template.Positional.Select(p => Value(p, depth)).ToList();
        if (parts.Count >= 4 && parts[1] is "-" or "–" or "to" or "and" or "or" or "x" or "×" or "by")
        {
            return $"{parts[0]} {(parts[1] == "-" ? "–" : parts[1])} {parts[2]} {parts[3]}";
        }
        return string.Join(' ', parts.Take(2));
    }
}
