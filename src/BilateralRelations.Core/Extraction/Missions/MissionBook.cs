using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>
/// The missions of one article as the readers find them: the infobox, prose sentences and ambassador sentences all
/// write here, and mentions of the same mission (same sender, host, kind and city) become one fact.
/// </summary>
public sealed class MissionBook(ArticleContext context)
{
    /// <summary>A mission being assembled; the first mention gives its source line.</summary>
    public sealed class Entry
    {
        public required Country Sending { get; init; }
        public required Country Host { get; init; }
        public required MissionKind Kind { get; init; }
        public required SourceRef Source { get; init; }
        public string? City { get; set; }
        public Country? ResidentIn { get; set; }
        public FuzzyDate? Opened { get; set; }
        public SourceRef? OpenedSource { get; set; }
        public Basis Basis { get; set; } = Basis.Stated;
        public List<AmbassadorFact> Heads { get; } = [];
    }

    private readonly List<Entry> _entries = [];
    private (Entry Mission, int Line)? _lastNamed;

    /// <summary>The embassy last named on <paramref name="line"/>, for "Its ambassador, …" and "… has headed it".</summary>
    public Entry? LastNamedOn(int line) => _lastNamed is { } last && last.Line == line ? last.Mission : null;

    /// <summary>
    /// The mission of <paramref name="sending"/> to <paramref name="host"/>, found or added. Two consulates in
    /// different cities are two missions; a mention without a city is the one already known.
    /// </summary>
    public Entry Mission(Country sending, Country host, MissionKind kind, SourceRef source, string? city = null, Basis? basis = null)
    {
        var entry = _entries.FirstOrDefault(e => e.Sending.Is(sending) && e.Host.Is(host) && e.Kind == kind
            && (city is null || e.City is null || SameCity(e.City, city)));
        if (entry is null)
        {
            entry = new Entry { Sending = sending, Host = host, Kind = kind, Source = source, Basis = basis ?? Basis.Stated };
            _entries.Add(entry);
        }
        else if (entry.Basis.IsInferred && basis is not { IsInferred: true })
        {
            entry.Basis = Basis.Stated; // a sentence that states what was inferred settles it
        }
        if (kind == MissionKind.Embassy || LastNamedOn(source.Line) is null)
        {
            _lastNamed = (entry, source.Line);
        }
        if (city is not null && entry.City is null)
        {
            entry.City = city;
            if (entry.ResidentIn is null)
            {
                context.AddCity(city, host);
            }
        }
        return entry;
    }

    /// <summary>
    /// Adds a head of mission unless the same person is already listed; a second mention that dates the head, or
    /// states what the first only inferred (an infobox envoy paired by order, then named in a sentence), replaces it.
    /// </summary>
    public static void AddHead(Entry mission, AmbassadorFact head)
    {
        var same = mission.Heads.FindIndex(h => TextNormalizer.Fold(h.Name) == TextNormalizer.Fold(head.Name));
        if (same < 0)
        {
            mission.Heads.Add(head);
            return;
        }
        var known = mission.Heads[same];
        if ((known.Since is null && head.Since is not null) || (known.Basis.IsInferred && !head.Basis.IsInferred))
        {
            mission.Heads[same] = head with { Since = head.Since ?? known.Since };
        }
    }

    /// <summary>
    /// The one mission whose head <paramref name="sentence"/> names in full ("Jeremy Liang presented his credentials to
    /// King Mswati III on 28 May 2020"): a later sentence about a head already known (from the infobox) need not
    /// name the countries again. Null when no head, or more than one, is named.
    /// </summary>
    public Entry? HeadedByOneNamedIn(string sentence)
    {
        var folded = TextNormalizer.Fold(sentence);
        var named = _entries.Where(e => e.Heads.Any(h => h.Name.Contains(' ', StringComparison.Ordinal)
            && folded.Contains(TextNormalizer.Fold(h.Name), StringComparison.Ordinal))).ToList();
        return named is [var only] ? only : null;
    }

    private static bool SameCity(string a, string b) => TextNormalizer.Fold(a) == TextNormalizer.Fold(b);

    /// <summary>Every head of mission named, with the country that sent them.</summary>
    public IEnumerable<(AmbassadorFact Head, Country Sending)> Heads() => _entries.SelectMany(e => e.Heads.Select(h => (h, e.Sending)));

    /// <summary>The missions, each head of mission linked to its person by <paramref name="personSlug"/>.</summary>
    public IReadOnlyList<MissionFact> Build(Func<string, string> personSlug)
    {
        var slugs = new Slug.Registry();
        return _entries.Select(e => new MissionFact(
            slugs.Claim(Slug.From($"{e.Sending.Name} {MissionKinds.Label(e.Kind)} in {e.City ?? e.Host.Name}")),
            e.Sending, e.Host, e.Kind, e.City, e.ResidentIn, e.Opened, e.OpenedSource,
            e.Heads.Select(h => h with { PersonSlug = personSlug(h.Name) }).ToList(), e.Source, e.Basis)).ToList();
    }
}
