namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>A part of a template call as written: <c>|name = value</c> (named) or <c>|value</c>, by position in the text.</summary>
internal readonly record struct WikiParameter(string? Name, int Start, int End);

/// <summary>A template call <c>{{name|…}}</c>: its name and parameters, as positions in the text.</summary>
internal sealed class WikiTemplate
{
    public required string Name { get; init; }
    public required int Start { get; init; }
    public required IReadOnlyList<WikiParameter> Parameters { get; init; }

    public IEnumerable<WikiParameter> Positional => Parameters.Where(p => p.Name is null);

    public WikiParameter? Named(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } p ? p : null;

    /// <summary>The <paramref name="number"/>th (1-based) positional parameter, or a parameter named by its number.</summary>
    public WikiParameter? Position(int number) =>
        Named(number.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? (Positional.Skip(number - 1).FirstOrDefault() is { End: > 0 } p ? p : null);

    /// <summary>Reads the template between <c>{{</c> and <c>}}</c>: parts split on the '|' not inside a nested template, link or tag.</summary>
    public static WikiTemplate Read(WikiMarkup markup, int start, int end)
    {
        var parts = Split(markup, start, end, '|');
        var (nameStart, nameEnd) = parts[0];
        var name = markup.Text[nameStart..nameEnd].Trim();
        var parameters = new List<WikiParameter>();
        foreach (var (s, e) in parts.Skip(1))
        {
            var equals = Split(markup, s, e, '=');
            parameters.Add(equals.Count > 1
                ? new WikiParameter(markup.Text[s..equals[0].End].Trim(), equals[1].Start, e)
                : new WikiParameter(null, s, e));
        }
        return new WikiTemplate { Name = name, Start = start, Parameters = parameters };
    }

    /// <summary>Splits [start, end) on <paramref name="separator"/> where it is not inside a nested template, link or tag span.</summary>
    public static List<(int Start, int End)> Split(WikiMarkup markup, int start, int end, char separator)
    {
        var text = markup.Text;
        var parts = new List<(int, int)>();
        var partStart = start;
        for (var i = start; i < end;)
        {
            if (markup.EndOfNested(i, end) is var nestedEnd and >= 0)
            {
                i = nestedEnd;
            }
            else if (text[i] == separator)
            {
                parts.Add((partStart, i));
                partStart = ++i;
            }
            else
            {
                i++;
            }
        }
        parts.Add((partStart, end));
        return parts;
    }
}
