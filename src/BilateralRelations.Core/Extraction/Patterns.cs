namespace BilateralRelations.Core.Extraction;

/// <summary>
/// The regular-expression fragments every reader shares, defined once so that a place or a name means the same
/// thing to the visit, mission and membership readers. Each is a non-capturing piece to put inside a pattern.
/// </summary>
public static class Patterns
{
    /// <summary>A place name: one to four capitalised words ("Budapest", "Ulan Ude", "St. Petersburg", "New Delhi").</summary>
    /// <remarks>
    /// A form of state joins the name it governs ("the Republic of China", "the Kingdom of Eswatini"), and an elided
    /// "d'" or "l'" joins the word it belongs to ("Côte d'Ivoire").
    /// </remarks>
    public const string Place = @"(?:(?:Republic|Kingdom|Grand\s+Duchy|Principality|Sultanate|State|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}\-]*(?:\.(?=\s\p{Lu}))?(?:\s(?:(?:de|da|do|dos|das|del|di|la|le|el|al|am|upon)\s)?(?:[dl]['’])?\p{Lu}[\p{L}\-]*){0,3}(?![\p{L}])";

    /// <summary>A person's name: capitalised words, with initials ("E. Mammadyarov", "V.Nagy Vilmos").</summary>
    public const string PersonName = @"(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|la|le)\s)?(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+){0,4}(?![\p{L}])";

    /// <summary>The kinds of mission, any case and hyphen: "embassy", "consulates–general", "honorary consulate".</summary>
    public const string MissionKind =
        @"(?i:embass(?:y|ies)|high\s+commissions?|consulates?[\-–‑\s]generals?|consulates\s+general|general\s+consulates?|honorary\s+consulates?(?:[\-–‑\s]generals?)?|consulates?|representative\s+offices?|trade\s+offices?|liaison\s+offices?)";

    /// <summary>The title of a head of mission: "Ambassador Extraordinary and Plenipotentiary", "High Commissioner".</summary>
    public const string EnvoyTitle =
        @"(?i:ambassadors?(?:\s+extraordinary(?:\s+and\s+plenipotentiary)?)?|high\s+commissioners?|envoy(?:\s+extraordinary(?:\s+and\s+minister\s+plenipotentiary)?)?|charg[ée]\s+d['’]affaires(?:\s+a\.?\s?i\.?)?)";

    /// <summary>Words that name an official's visit in a sentence.</summary>
    public const string VisitVerb = @"visit(?:s|ed|ing)?|arrived\s+in|travell?ed\s+to|held\s+talks\s+in";
}
