using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Extraction.Memberships;

/// <summary>One organisation of a list, as written, with the date the list gives it ("NATO on 29 March 2004").</summary>
public sealed record OrganisationItem(string Name, FuzzyDate? Since);

/// <summary>The organisations of a list and how many characters of the text the list took.</summary>
public sealed record OrganisationListReading(IReadOnlyList<OrganisationItem> Items, int Length);

/// <summary>
/// Reads a list of organisations: "the Council of Europe, the OSCE and the United Nations", "NATO on 29 March
/// 2004, and then the European Union on 1 January 2007", "Developing 8 Countries, United Nations, and Organisation
/// of Islamic Cooperation". The list ends where the words stop naming organisations ("NATO and other various groups").
/// </summary>
public static partial class OrganisationList
{
    /// <summary>
    /// A comma always separates organisations; "and" only when what follows is introduced as one ("and the …",
    /// "and of the …") or is an acronym or an organisation's head noun, so "Organization for Security and
    /// Co-operation in Europe" stays whole.
    /// </summary>
    [GeneratedRegex(@",\s*(?:and\s+)?(?:then\s+)?(?:also\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:then\s+|also\s+)?(?:of\s+)?the\s+|\s+and\s+(?:then\s+|also\s+)?of\s+|\s+and\s+(?:then\s+|also\s+)?(?=[A-Z]{2,}\b|(?:\p{Lu}[\p{L}\-]*\s+){0,4}(?:Organi[sz]ation|Union|Council|Nations|Bank|Forum|Agency|Association|Community|Alliance|Commonwealth|Movement|Group|Conference|Fund|Partnership|Area|Initiative)\b)")]
    private static partial Regex Separator();

    /// <summary>Words that continue an organisation's name when a capitalised word follows them.</summary>
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "les", "et", "da", "do", "dos", "das", "del", "y", "&",
        "internationale", "international", "para", "pour",
    };

    /// <summary>A name: capitalised words, digits ("Developing 8 Countries") and connectors before a capital, and an abbreviation in brackets ("(EAC)").</summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}|\d)[\p{L}\d'’\-–\.]*|\([\p{Lu}\d][\p{Lu}\d\-\.&]{0,15}\))")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"^(?:the|also|then|both|additionally|original|former|newly|now|later|re-?founded)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();

    /// <summary>The organisations of <paramref name="text"/>, read from its start.</summary>
    public static OrganisationListReading Read(string text)
    {
        var items = new List<OrganisationItem>();
        var length = 0;
        var at = 0;
        foreach (var separator in Separator().Matches(text).Cast<Match?>().Append(null))
        {
            var piece = text[at..(separator?.Index ?? text.Length)];
            var (name, rest) = Name(piece);
            if (name is null)
            {
                break; // "other various economic and political groups": the list is over
            }
            var since = DateFinder.FindAll(rest).FirstOrDefault(d => d.Date is not null && d.Index < 20);
            items.AddRange(SplitKnown(name).Select(n => new OrganisationItem(n, since?.Date)));
            length = at + piece.IndexOf(name, StringComparison.Ordinal) + name.Length + (since is null ? 0 : rest.IndexOf(since.Text, StringComparison.Ordinal) + since.Length);
            // The list goes on only while nothing but a date follows a name: "the United Nations on 8 March 1957 and
            // is a founding member of ECOWAS" ends after the United Nations.
            var tail = since is null ? rest : rest.Replace(since.Text, "", StringComparison.Ordinal);
            if (separator is null || !ListTail().IsMatch(tail))
            {
                break;
            }
            at = separator.Index + separator.Length;
        }
        return new OrganisationListReading(items, length);
    }

    [GeneratedRegex(@"^\s*(?:(?:on|in|since|from|as\s+of)\s*)?(?:\([^()]*\))?\s*$")]
    private static partial Regex ListTail();

    /// <summary>"BRICS and Mercosur": two organisations the list knows, not one name with "and" inside.</summary>
    private static IEnumerable<string> SplitKnown(string name)
    {
        var parts = name.Split(" and ");
        return parts.Length > 1 && parts.All(p => Organisations.IsKnown(p) || IsAcronym(p)) ? parts : [name];
    }

    private static bool IsAcronym(string name) => name.Length > 1 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');

    private static readonly HashSet<string> s_months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The name at the start of <paramref name="piece"/> and what follows it, or null when it names none.</summary>
    private static (string? Name, string Remainder) Name(string piece)
    {
        var text = piece.Trim();
        for (var lead = LeadingWords().Match(text); lead.Success; lead = LeadingWords().Match(text))
        {
            text = text[lead.Length..];
        }
        var words = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var rest = text[at..].TrimStart();
            var skipped = text.Length - at - rest.Length;
            var token = NameToken().Match(rest);
            if (token.Success && (words.Count > 0 || !token.Value.StartsWith('(')))
            {
                words.Add(token.Value);
                at += skipped + token.Length;
                continue;
            }
            // Lower-case words continue the name when a capitalised word follows them: "Organisation internationale de la Francophonie".
            var connectors = rest.Split(' ').TakeWhile(w => s_connectors.Contains(w)).Take(4).ToList();
            var afterConnectors = string.Join(' ', rest.Split(' ').Skip(connectors.Count));
            // A number continues it only after "of": "Group of 77", not "NATO on 29 March 2004".
            if (words.Count > 0 && connectors.Count > 0 && NameToken().Match(afterConnectors) is { Success: true, Value: var next }
                && (char.IsUpper(next[0]) || char.IsDigit(next[0]) && connectors is ["of"]) && !s_months.Contains(next))
            {
                words.AddRange(connectors);
                at += skipped + string.Join(' ', connectors).Length;
                continue;
            }
            break;
        }
        var name = string.Join(' ', words).TrimEnd('.', ',');
        return IsName(name) ? (name, text[Math.Min(at, text.Length)..]) : (null, text);
    }

    /// <summary>A single ordinary word ("Rome") is a place or a process; acronyms, known names and longer names are organisations.</summary>
    private static bool IsName(string name) =>
        name.Length > 1 && (Organisations.IsKnown(name) || name.Contains(' ', StringComparison.Ordinal) || IsAcronym(name));
}
