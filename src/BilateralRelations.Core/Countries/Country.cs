using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Countries;

/// <summary>A country with every name an English text may call it by.</summary>
public sealed record Country(
    string? Iso2,
    string? Iso3,
    string? Ioc,
    string Name,
    string? OfficialName,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Capitals,
    string? Flag)
{
    public string Slug { get; } = Text.Slug.From(Name);

    /// <summary>The main adjective ("Hungarian"), or the name itself used as one.</summary>
    public string Adjective => Adjectives.Count > 0 ? Adjectives[0] : Name;

    /// <summary>Names by which a text refers to the country itself (not its people).</summary>
    public IEnumerable<string> Names =>
        new[] { Name, OfficialName }.Concat(OtherNames).OfType<string>().Where(n => n.Length > 2).Distinct();

    /// <summary>A country named in a title that the catalogue does not know: kept by name, with no codes.</summary>
    public static Country Unlisted(string name) => new(null, null, null, name, null, [], [], [], null);

    public bool Is(Country? other) => other is not null && Slug == other.Slug;
}
