namespace BilateralRelations.Core.Articles.Formats;

/// <summary>
/// An infobox field's name as the plain rendering writes it: one word of letters and digits, capitalised
/// ("mission1" → "Mission1", "map caption" → "MapCaption"), at most 40 characters; empty when nothing is left.
/// </summary>
internal static class InfoboxFieldName
{
    public static string From(string label)
    {
        var words = label.Split([' ', '_', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Concat(words);
        name = name.Length > 40 ? name[..40] : name;
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "";
    }
}
