using System.Text.Json;
using System.Text.Json.Serialization;

namespace BilateralRelations.Core.Tests.RealArticles;

/// <summary>
/// A hand-made answer key for one real article (the format of RealArticles/README.md): what a careful reader takes
/// from the text, fact kind by fact kind. Countries are written by name, dates as ISO strings as precise as the text.
/// </summary>
internal sealed record AnswerKey(
    string File,
    string Title,
    IReadOnlyList<string> Countries,
    IReadOnlyList<KeyVisit> Visits,
    [property: JsonPropertyName("sister_cities")] IReadOnlyList<KeySisterCity> SisterCities,
    IReadOnlyList<KeyEmbassy> Embassies,
    IReadOnlyList<KeyAmbassador> Ambassadors,
    IReadOnlyList<KeyDatedFact> Agreements,
    IReadOnlyList<KeyDatedFact> Events,
    IReadOnlyList<KeyMembership> Memberships)
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    public static AnswerKey Load(string path) =>
        JsonSerializer.Deserialize<AnswerKey>(System.IO.File.ReadAllText(path), s_options)
        ?? throw new InvalidDataException($"{path} is not an answer key.");
}

internal sealed record KeyVisit(
    int Line,
    string Start,
    string End,
    string Precision,
    IReadOnlyList<string> People,
    string? Visiting,
    string? Host,
    string? Resolvable,
    string? Level,
    string? Kind);

internal sealed record KeySisterCity(
    string City,
    string? Country,
    [property: JsonPropertyName("partner_city")] string PartnerCity,
    [property: JsonPropertyName("partner_country")] string? PartnerCountry,
    int? Line);

internal sealed record KeyEmbassy(string Of, string City, string Host, string? Opened);

internal sealed record KeyAmbassador(string Of, string To, string Name, string? Since);

/// <summary>An agreement or event: its date as precise as the text, and words of the line that carries the date.</summary>
internal sealed record KeyDatedFact(string Date, IReadOnlyList<string> Words);

internal sealed record KeyMembership(string Org, string Country, string Status);
