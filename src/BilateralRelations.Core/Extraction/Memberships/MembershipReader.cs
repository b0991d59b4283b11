using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Memberships;

/// <summary>
/// Memberships of international organisations, with the standing each sentence states: "Both countries are full
/// members of A, B and C", "founding members of ASEAN and APEC", "Turkey is a member of NATO, while Georgia is a
/// candidate", "Sudan later joined the Arab League, of which Egypt is a founding member", "both countries suspended
/// their membership from the UNASUR", "the Schengen Area to which both Hungary and Romania belong". A clause that
/// names a country and a standing but no organisation refers to the organisation of the clause before it.
/// </summary>
public sealed partial class MembershipReader(ArticleContext context)
{
    [GeneratedRegex(@"\b(?:(?<founding>(?:a\s+)?(?:founding|founder|original)\s+members?(?:\s+(?:states?|countries|nations))?\s+(?:of|in)(?:\s+|(?=:)))"
        + @"|(?<suspended>suspended\s+(?:(?:its|their|his|her)\s+)?(?:membership|participation)\s+(?:from|of|in)\s+|(?:was|were|has\s+been|had\s+been)\s+suspended\s+from\s+)"
        + @"|(?<observer>observers?(?:\s+status)?\s+(?:of|in|at|to|with)\s+|observer\s+status\s+(?:in|at|with)\s+)"
        + @"|(?<candidate>candidates?(?:\s+(?:country|countries|state|states))?\s+(?:for\s+(?:membership\s+(?:of|in)\s+)?|to\s+join\s+|of\s+)|candidacy\s+(?:for|to)\s+)"
        + @"|(?<applicant>applicants?\s+(?:for|to|of)\s+(?:membership\s+(?:of|in)\s+)?|applied\s+(?:for\s+membership\s+)?(?:to|of|in|for)\s+(?:join\s+)?)"
        + @"|(?<member>(?:full\s+|associate\s+|permanent\s+)?members?(?:\s+(?:states?|countries|nations))?\s+(?:of|in)(?:\s+|(?=:)))"
        + @"|(?<joined>(?:joined|acceded\s+to|became\s+(?:a\s+)?members?\s+of)\s+)"
        + @"|(?<founded>(?:co-?)?founded\s+)"
        + @"|(?<member>(?:(?:is|are|was|were)\s+(?:also\s+|both\s+|additionally\s+)*part\s+of|belongs?\s+to)\s+))", RegexOptions.IgnoreCase)]
    private static partial Regex StatusPhrase();

    /// <summary>"being European Union member states", "one of the Arab League countries": the organisation before the word.</summary>
    [GeneratedRegex(@"\b(?:being|one\s+of\s+the|as|both|fellow)\s+(?<org>(?:\p{Lu}[\p{L}\-]*\s+){1,5}?)(?:member\s+(?:states?|countries|nations)|countries|states|members)\b")]
    private static partial Regex OrganisationMembers();

    [GeneratedRegex(@"^(?:the\s+)?(?:organi[sz]ation|bloc|group|alliance|union|body|community)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheOrganisation();

    /// <summary>Words after a standing that still name some organisation, only not one the list reader knows.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:following|several|many|various|other|some|\p{Lu})")]
    private static partial Regex OrganisationAhead();

    [GeneratedRegex(@"\b(?:members?|memberships?|participation|suspended|observers?|candidates?|candidacy|applicants?|applied|joined|acceded|belongs?|part\s+of|founding|founded|partners?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWord();

    [GeneratedRegex(@",\s*(?:in|of|to)\s+which\s+|\s+(?:in|of|to)\s+which\s+|,\s+which\s+(?=\p{Lu})|,\s*(?:where|whereas|while|but)\s+|\s+(?:while|whereas)\s+|;\s*")]
    private static partial Regex ClauseBreak();

    /// <summary>"the Schengen Area to which": the organisation a relative clause is about.</summary>
    [GeneratedRegex(@"(?<org>\p{Lu}[\p{L}\-]*(?:\s(?:(?:of|for|and|the|de|la)\s)*\p{Lu}[\p{L}\-]*)*(?:\s\([A-Z\-]+\))?)\s*,?\s*$")]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"\b(?:(?:both|the\s+two)\s+(?:countries|states|nations|sides|governments|republics)|both\s+(?:are|were|also|have|had|joined|founded|became))\b|^\s*both\b", RegexOptions.IgnoreCase)]
    private static partial Regex Both();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|aspir\w*|seeks?|seeking|wants?|hopes?|support\w*|plans?|intends?|would\s+like|bid|refused|left|withdrew|expelled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAMember();

    /// <summary>"(Russia is a participating state, while Mongolia is a partner)": a remark in brackets, not a statement of its own.</summary>
    [GeneratedRegex(@"\s*\((?=[^()]*\p{Ll}{3})[^()]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\b(?:it|they)\s+(?:is|was|are|were|has|have|had)\b|\bit['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]*['’]s\b")]
    private static partial Regex Possessive();

    private readonly List<MembershipFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    /// <summary>Reads the memberships of one sentence; true when it stated at least one.</summary>
    public bool Read(string sentence, SourceRef source)
    {
        PendingList = null;
        if (!StatusWord().IsMatch(sentence))
        {
            return false;
        }
        var text = Remark().Replace(sentence, "");
        var found = false;
        IReadOnlyList<OrganisationItem> lastOrganisations = [];
        IReadOnlyList<Country> lastSubject = [];
        IReadOnlyList<Country>? mainSubject = null;
        string? mainPhrase = null;
        foreach (var (written, relativeTo, backToMain) in Clauses(text))
        {
            // "…, in which Japan has observer status, and of the Bay of Bengal Initiative": the main clause's standing again.
            var clause = backToMain && mainPhrase is not null && written.StartsWith("of ", StringComparison.Ordinal)
                ? mainPhrase + written[3..]
                : written;
            if (relativeTo is not null)
            {
                // "… the United Nations and the WTO, of which Chile is a founding member": the organisation named last;
                // "the Schengen Area to which both Hungary and Romania belong": the one right before.
                lastOrganisations = lastOrganisations.Count > 0 ? [lastOrganisations[^1]]
                    : TrailingName().Match(relativeTo) is { Success: true } before && OrganisationList.Read(before.Groups["org"].Value.Trim()).Items is [var relative]
                        ? [relative] : [];
            }
            // "Moldova is a member of X, in which Latvia holds observer status, and a founding member of Y": after the
            // relative clause, the sentence's own subject again.
            var subjectBefore = backToMain && mainSubject is not null ? mainSubject : lastSubject;
            var (organisations, subject) = ReadClause(clause, text, lastOrganisations, subjectBefore, source);
            found |= organisations.Count > 0;
            mainSubject ??= subject.Count > 0 ? subject : null;
            mainPhrase ??= StatusPhrase().Matches(clause).LastOrDefault()?.Value;
            (lastOrganisations, lastSubject) = (organisations.Count > 0 ? organisations : lastOrganisations, subject.Count > 0 ? subject : lastSubject);
        }
        PendingList = Pending(text, lastSubject);
        return found;
    }

    /// <summary>
    /// The clauses of a sentence, each with the text before it when it is a relative clause ("…, in which …"), and
    /// whether it returns to the sentence's subject (", and a founding member of …" right after a relative clause).
    /// </summary>
    private static IEnumerable<(string Clause, string? RelativeTo, bool BackToMain)> Clauses(string text)
    {
        var breaks = ClauseBreak().Matches(text).ToList();
        var start = 0;
        for (var i = 0; i <= breaks.Count; i++)
        {
            var end = i < breaks.Count ? breaks[i].Index : text.Length;
            var clause = text[start..end];
            var relative = i > 0 && breaks[i - 1].Value.Contains("which", StringComparison.Ordinal);
            if (relative && AndAfterRelative().Match(clause) is { Success: true } and)
            {
                yield return (clause[..and.Index], text[..breaks[i - 1].Index], false);
                yield return (clause[(and.Index + and.Length)..], null, true);
            }
            else
            {
                yield return (clause, relative ? text[..breaks[i - 1].Index] : null, false);
            }
            start = i < breaks.Count ? breaks[i].Index + breaks[i].Length : text.Length;
        }
    }

    /// <summary>", and a founding member of …", ", and an observer in …": the relative clause is over.</summary>
    [GeneratedRegex(@",\s+and\s+(?=(?:also\s+)?(?:an?\s+|the\s+)?(?:full\s+|founding\s+)?(?:members?|observers?|candidates?|founder)\b|of\s+)")]
    private static partial Regex AndAfterRelative();

    /// <summary>
    /// A sentence that ends by announcing a list ("Both countries are members of the following organisations:"):
    /// its subject and standing, for the list items that follow; null otherwise.
    /// </summary>
    public (IReadOnlyList<Country> Subject, MembershipStatus Status)? PendingList { get; private set; }

    /// <summary>A new section: a list announced in the one before is over.</summary>
    public void EndList() => PendingList = null;

    private (IReadOnlyList<Country>, MembershipStatus)? Pending(string text, IReadOnlyList<Country> subject)
    {
        if (!text.TrimEnd().EndsWith(':'))
        {
            return null;
        }
        // "Both countries are members of:" names the standing; "The memberships of the two countries … are as follows:" does not.
        if (StatusPhrase().Matches(text).LastOrDefault() is { } phrase)
        {
            return OrganisationList.Read(text[(phrase.Index + phrase.Length)..]).Items.Count == 0
                && Subject(text[..phrase.Index], text, subject) is { Count: > 0 } listSubject
                ? (listSubject, StatusOf(phrase))
                : null;
        }
        return ListOfMemberships().IsMatch(text) && Subject(text, text, subject) is { Count: > 0 } announced ? (announced, MembershipStatus.Member) : null;
    }

    [GeneratedRegex(@"\b(?:memberships?|organi[sz]ations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListOfMemberships();

    /// <summary>
    /// An item of an announced list: "United Nations", "Community of Portuguese Language Countries (founding
    /// members)", "Asia–Europe Meeting (Vietnam is a founding member; Bulgaria joined in 2008)".
    /// </summary>
    public bool ReadListItem(string item, SourceRef source)
    {
        if (PendingList is not { } list || OrganisationList.Read(item).Items is not [var organisation, ..])
        {
            return false;
        }
        var note = ListNote().Match(item) is { Success: true } n ? n.Groups["note"].Value : "";
        if (note.Length == 0 && NoteAfterDash().Match(item) is { Success: true } dash)
        {
            note = dash.Groups["note"].Value; // "Non-Aligned Movement – Tunisia founding member; Serbia observer"
        }
        var countries = context.CountriesMentioned(note);
        foreach (var country in list.Subject)
        {
            // A note that names countries speaks of each one: "(Vietnam is a founding member; Bulgaria joined in 2008)".
            var own = countries.Count == 0 ? note : note.Split(';', ',').FirstOrDefault(p => context.CountriesMentioned(p).Contains(country)) ?? "";
            var status = StatusWord().IsMatch(own) ? StatusOfWords(own) : list.Status;
            var since = Dates.DateFinder.FindAll(own).FirstOrDefault(d => d.Date is not null)?.Date;
            Add(organisation with { Since = since ?? organisation.Since }, country, status, source);
        }
        return true;
    }

    [GeneratedRegex(@"\((?<note>[^()]*)\)")]
    private static partial Regex ListNote();

    [GeneratedRegex(@"\s[–—\-:]\s(?<note>.+)$")]
    private static partial Regex NoteAfterDash();

    /// <summary>Reads one clause; returns the organisations it named (or carried over) and its subject.</summary>
    private (IReadOnlyList<OrganisationItem> Organisations, IReadOnlyList<Country> Subject) ReadClause(
        string clause, string sentence, IReadOnlyList<OrganisationItem> previous, IReadOnlyList<Country> previousSubject, SourceRef source)
    {
        var phrases = StatusPhrase().Matches(clause).Cast<Match>()
            .Select(m => (m.Index, m.Length, Status: StatusOf(m), Dated: m.Groups["joined"].Success || m.Groups["suspended"].Success || m.Groups["founded"].Success))
            .Concat(OrganisationMembers().Matches(clause).Select(m => (m.Index, Length: 0, Status: MembershipStatus.Member, Dated: false)))
            .OrderBy(p => p.Index).ToList();
        var clauseDate = Dates.DateFinder.FindAll(clause).FirstOrDefault(d => d.Date is not null)?.Date;
        var subject = previousSubject;
        var named = new List<OrganisationItem>();
        var head = clause[..(phrases.Count > 0 ? phrases[0].Index : clause.Length)];
        if (previous.Count > 0 && StatusWord().Match(head) is { Success: true } word && !NotAMember().IsMatch(head))
        {
            // "…, while Georgia is a candidate", "…, of which Egypt is a founding member": the organisation before.
            subject = Subject(head[..word.Index], sentence, []);
            foreach (var organisation in previous)
            {
                foreach (var country in subject)
                {
                    Add(organisation, country, StatusOfWords(head), source);
                }
            }
            named.AddRange(subject.Count > 0 ? previous : []);
        }
        var from = 0;
        foreach (var (index, length, status, dated) in phrases)
        {
            if (index < from)
            {
                continue;
            }
            subject = Subject(clause[from..index], sentence, subject);
            if (NotAMember().IsMatch(clause[from..(index + length)]))
            {
                from = index + length;
                continue;
            }
            var list = length == 0
                ? OrganisationMembers().Match(clause, index) is { Success: true } m
                    ? new OrganisationListReading(OrganisationList.Read(m.Groups["org"].Value.Trim()).Items.Where(o => Organisations.IsKnown(o.Name) || HeadNoun().IsMatch(o.Name)).ToList(), m.Length)
                    : new OrganisationListReading([], 0)
                : OrganisationList.Read(clause[(index + length)..]);
            // "…, a founding member of CELAC, suspended its participation in the organisation", "NATO, which Lithuania
            // joined on 29 March 2004": a standing without an organisation of its own takes the one named before.
            var organisations = list.Items.Count > 0 ? list.Items
                : status == MembershipStatus.Suspended && TheOrganisation().IsMatch(clause[(index + length)..]) ? named.Concat(previous).Take(1).ToList()
                : length > 0 && !OrganisationAhead().IsMatch(clause[(index + length)..]) ? previous
                : list.Items;
            foreach (var item in organisations)
            {
                var (organisation, countries) = Elliptical(item, subject);
                foreach (var country in countries)
                {
                    Add(organisation with { Since = organisation.Since ?? (dated ? clauseDate : null) }, country, status, source);
                }
            }
            named.AddRange(organisations);
            // The list is not the next statement's subject: "founding members of the Community of Portuguese
            // Language Countries and members of the United Nations".
            from = index + Math.Max(length + list.Length, 1);
        }
        return (named, subject);
    }

    [GeneratedRegex(@"\b(?:League|Union|Organi[sz]ation|Community|Council|Association|Alliance|Commonwealth|Movement|Group|Forum|Area)\b")]
    private static partial Regex HeadNoun();

    /// <summary>"Turkey is a member of NATO, and Kyrgyzstan of the Collective Security Treaty Organization": the item names its own country.</summary>
    private (OrganisationItem Organisation, IReadOnlyList<Country> Countries) Elliptical(OrganisationItem item, IReadOnlyList<Country> subject) =>
        EllipticalItem().Match(item.Name) is { Success: true } m && context.CountryOfPlace(m.Groups["country"].Value) is { } country
            ? (item with { Name = m.Groups["org"].Value }, [country])
            : (item, subject);

    [GeneratedRegex(@"^(?<country>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)\s+(?:also\s+)?(?:of|in)\s+(?:the\s+)?(?<org>\p{Lu}.+)$")]
    private static partial Regex EllipticalItem();

    /// <summary>
    /// The countries a clause's subject names: "both countries", "Kazakhstan and Russia", "it" (the sentence's first
    /// country); a country in a possessive ("Israel's founding") is not the subject. None: the subject before.
    /// </summary>
    private IReadOnlyList<Country> Subject(string text, string sentence, IReadOnlyList<Country> previous)
    {
        if (Both().IsMatch(text))
        {
            return context.Article.Countries;
        }
        if (Pronoun().Match(text) is { Success: true } pronoun && context.CountriesMentioned(Possessive().Replace(text[..pronoun.Index], "")).Count == 0)
        {
            return context.CountriesMentioned(Possessive().Replace(sentence, "")) is [var first, ..] ? [FirstIn(sentence, first)] : previous;
        }
        var named = context.CountriesMentioned(Possessive().Replace(text, ""));
        return named.Count > 0 ? named : previous;
    }

    /// <summary>Of the pair, the country the sentence names first.</summary>
    private Country FirstIn(string sentence, Country fallback)
    {
        var words = sentence.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (context.SingleCountryIn(words[i]) is { } country)
            {
                return country;
            }
        }
        return fallback;
    }

    private static MembershipStatus StatusOf(Match phrase) =>
        phrase.Groups["founding"].Success || phrase.Groups["founded"].Success ? MembershipStatus.FoundingMember
        : phrase.Groups["suspended"].Success ? MembershipStatus.Suspended
        : phrase.Groups["observer"].Success ? MembershipStatus.Observer
        : phrase.Groups["candidate"].Success ? MembershipStatus.Candidate
        : phrase.Groups["applicant"].Success ? MembershipStatus.Applicant
        : MembershipStatus.Member;

    private static MembershipStatus StatusOfWords(string clause)
    {
        var c = clause.ToLowerInvariant();
        return c.Contains("founding", StringComparison.Ordinal) || c.Contains("founder", StringComparison.Ordinal) ? MembershipStatus.FoundingMember
            : c.Contains("observer", StringComparison.Ordinal) ? MembershipStatus.Observer
            : c.Contains("candidate", StringComparison.Ordinal) ? MembershipStatus.Candidate
            : c.Contains("applicant", StringComparison.Ordinal) ? MembershipStatus.Applicant
            : c.Contains("partner", StringComparison.Ordinal) ? MembershipStatus.Partner
            : MembershipStatus.Member;
    }

    /// <summary>
    /// One membership per organisation and country: the first statement stands, except that a later one may make it
    /// more precise (a member who is a founding member) or newer (a suspended membership).
    /// </summary>
    private void Add(OrganisationItem organisation, Country country, MembershipStatus status, SourceRef source)
    {
        if (!Organisations.IsKnown(organisation.Name) && context.AnyCountryOfPlace(organisation.Name) is not null)
        {
            return; // "Rome", "Belarus": a place, not an organisation
        }
        var key = Organisations.Canonical(organisation.Name);
        var same = _facts.FindIndex(f => Organisations.Canonical(f.Organisation) == key && f.Country.Is(country));
        if (same >= 0)
        {
            var known = _facts[same];
            if (Standing(status) > Standing(known.Status))
            {
                _facts[same] = known with { Status = status, Since = known.Since ?? organisation.Since };
            }
            return;
        }
        _facts.Add(new MembershipFact(_slugs.Claim(Slug.From($"{country.Name} {organisation.Name}")), organisation.Name, country, status,
            organisation.Since, source, Basis.Stated));
    }

    /// <summary>
    /// How far a membership has come, for two statements about the same one: an applicant becomes a candidate, a
    /// member, a founding member; a suspension is the newest news.
    /// </summary>
    private static int Standing(MembershipStatus status) => status switch
    {
        MembershipStatus.Applicant => 0,
        MembershipStatus.Candidate or MembershipStatus.Observer or MembershipStatus.Partner => 1,
        MembershipStatus.Member => 2,
        MembershipStatus.FoundingMember => 3,
        _ => 4,
    };

    public IReadOnlyList<MembershipFact> Build() => _facts;
}
