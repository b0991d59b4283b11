using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Agreements signed between the two countries: a sentence that says something was signed and names an
/// agreement, treaty, memorandum, declaration, protocol or convention. "Signed today" or "on the same day"
/// takes the date of the sentence before it in the same paragraph.
/// </summary>
public sealed partial class AgreementExtractor(ArticleContext context)
{
    [GeneratedRegex(@"\b(?:sign(?:ed|ing|s)?|concluded|ratified|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)(?:\s+of\s+understanding)?|declarations?|protocols?|conventions?|accords?|documents?|arrangements?|pacts?|partnerships?|programmes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementNoun();

    [GeneratedRegex(@"\b(?:today|the same day|that day|on the same occasion|during the visit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"^(?:a|an|the|by|with|signed|signing|sign|of|and|on|to|were|was|is|are|further|besides|main|this|that|these|those|its|their|other|also|have|has|had|both|two|countries|sides|all|previous|earlier|existing|same)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStartStop();

    [GeneratedRegex(@"^(?<tail>[^,.;()]*?)(?=\s+(?:with|between|was|were|which|that|is|are|has|have|had|in\s+\d|on\s+\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b|[,.;()]|$)")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^,\s*\p{L}+\s+and\s+\p{L}+\s+(?:were|was)\b")]
    private static partial Regex ListTail();

    [GeneratedRegex(@"^(?<title>\p{Lu}.+?),?\s+(?:was\s+|were\s+)?(?:signed|concluded)\b")]
    private static partial Regex TitleThenSigned();

    private readonly List<AgreementFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    /// <summary>Reads the agreements of a sentence; <paramref name="signedOn"/> is the date they were signed, when given.</summary>
    public bool Read(string sentence, FuzzyDate? previousDate, SourceRef source) => Read(sentence, previousDate, source, out _);

    public bool Read(string sentence, FuzzyDate? previousDate, SourceRef source, out FuzzyDate? signedOn)
    {
        signedOn = null;
        var signed = Signed().Match(sentence);
        if (!signed.Success)
        {
            return false;
        }
        // The date that follows "signed" is the signing date, not a year range in the title ("Programme 2017–2021").
        var dates = DateFinder.FindAll(sentence).Where(d => d.Date is not null).ToList();
        var date = (dates.FirstOrDefault(d => d.Index > signed.Index) ?? dates.FirstOrDefault())?.Date
            ?? (SameDay().IsMatch(sentence) ? previousDate : null);
        signedOn = date;
        var found = false;
        foreach (Match noun in AgreementNoun().Matches(sentence))
        {
            var qualifiesNext = AgreementNoun().Match(sentence, noun.Index + noun.Length) is { Success: true } next
                && sentence[(noun.Index + noun.Length)..next.Index].Trim().Length == 0;
            if (!qualifiesNext && Title(sentence, noun) is { } title)
            {
                var slugKey = date is { } d ? d.SlugKey : "undated";
                _facts.Add(new AgreementFact(_slugs.Claim(Slug.From($"{slugKey} {title}")), date, title, context.Article.Countries, source));
                found = true;
            }
        }
        return found;
    }

    /// <summary>
    /// A list item under an agreements heading is an agreement even without "signed":
    /// "Agreement on the Avoidance of Double Taxation (5 November 1999)".
    /// </summary>
    public bool ReadListItem(string text, SourceRef source)
    {
        var dates = DateFinder.FindAll(text);
        if (TitleThenSigned().Match(text) is { Success: true } item && AgreementNoun().IsMatch(item.Groups["title"].Value))
        {
            var signed = dates.FirstOrDefault(d => d.Date is not null && d.Index > item.Groups["title"].Length)?.Date;
            var name = item.Groups["title"].Value.Trim();
            _facts.Add(new AgreementFact(_slugs.Claim(Slug.From($"{(signed is { } s ? s.SlugKey : "undated")} {name}")), signed, name, context.Article.Countries, source));
            return true;
        }
        if (Read(text, null, source))
        {
            return true;
        }
        var end = new[] { text.IndexOfAny([',', '(', ';']), dates.FirstOrDefault()?.Index ?? -1 }.Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        var title = text[..end].Trim().TrimEnd('.', '-', '–', ':').Trim();
        if (title.Length < 4 || !char.IsUpper(title[0]))
        {
            return false;
        }
        var date = dates.FirstOrDefault(d => d.Date is not null)?.Date;
        _facts.Add(new AgreementFact(_slugs.Claim(Slug.From($"{(date is { } d ? d.SlugKey : "undated")} {title}")), date, title, context.Article.Countries, source));
        return true;
    }

    /// <summary>The noun phrase around an agreement word: "strategic partnership agreement", "agreement on a scholarship program for students".</summary>
    private static string? Title(string sentence, Match noun)
    {
        var before = sentence[..noun.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = before.Length;
        while (start > 0 && before.Length - start < 5 && !TitleStartStop().IsMatch(before[start - 1]) && !before[start - 1].EndsWith(',') && !before[start - 1].Any(char.IsDigit))
        {
            start--;
        }
        var previous = start > 0 ? before[start - 1].ToLowerInvariant() : "";
        if (previous is "main" or "this" or "that" or "these" or "those" or "its" or "same" or "all" or "previous" or "earlier" or "existing")
        {
            return null; // a reference back to an agreement already named
        }
        var after = sentence[(noun.Index + noun.Length)..];
        var tail = TitleTail().Match(after).Groups["tail"].Value;
        var rest = after[tail.Length..];
        if (ListTail().Match(rest) is { Success: true } list)
        {
            tail += rest[..(list.Length - list.Value.Split(' ')[^1].Length)].TrimEnd();
        }
        var title = string.Join(' ', before[start..].Append(noun.Value + tail)).Trim().TrimEnd(',', ' ');
        // A bare "the agreement" says nothing about which agreement.
        return start == before.Length && tail.Trim().Length == 0 ? null : Capitalise(title);
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public IReadOnlyList<AgreementFact> Build() => _facts;
}
