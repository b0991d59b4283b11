using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>
/// The missions and envoys of the infobox. <c>MissionN</c> says "Embassy of X, City", "X Embassy, City" or "Egyptian
/// embassy, Khartoum" (residue after a pipe is dropped); <c>EnvoyN</c> is the head of mission of the country its
/// <c>EnvoytitleN</c> names ("Indian Ambassador to Nepal"), else of the country of <c>MissionN</c> — a pairing by the
/// infobox's order, so the fact says it was inferred. Office words and honorifics are not part of the name.
/// </summary>
public sealed partial class InfoboxMissionReader(ArticleContext context, MissionBook book)
{
    [GeneratedRegex(@"^(?<field>Mission|Envoy|Envoytitle)(?<n>\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedField();

    [GeneratedRegex($@"{Patterns.MissionKind}\s+of\s+(?:the\s+)?(?<sender>{Patterns.Place})")]
    private static partial Regex KindOfSender();

    [GeneratedRegex($@"^(?:the\s+)?(?<sender>\p{{Lu}}[\p{{L}}\-]+(?:\s\p{{Lu}}[\p{{L}}\-]+)?)(?:'s|’s)?\s+{Patterns.MissionKind}")]
    private static partial Regex SenderKind();

    [GeneratedRegex(Patterns.MissionKind)]
    private static partial Regex KindWord();

    /// <summary>"Vacant", "None", "N/A", "TBA", "Not yet appointed": the field names no one.</summary>
    [GeneratedRegex(@"^(?:vacant|none|n/?a|tba|tbd|unknown|position\s+vacant|not\s+yet|to\s+be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoEnvoy();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex($@"(?:,|\s+in)\s+(?<city>{Patterns.Place})\s*$")]
    private static partial Regex City();

    [GeneratedRegex($@"\bto\s+(?:the\s+)?(?<host>{Patterns.Place})")]
    private static partial Regex TitleTo();

    /// <summary>Office words and honorifics before an envoy's name: "Ambassador", "H.E. Mr.", "Dr.", "His Excellency".</summary>
    [GeneratedRegex($@"^(?:(?:{Patterns.EnvoyTitle}|H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Sir|Dame|Amb\.)\s+)+")]
    private static partial Regex EnvoyPrefix();

    public void Read(IReadOnlyList<InfoboxField> fields)
    {
        var numbered = fields.Select(f => (Field: f, Match: NumberedField().Match(f.Name))).Where(x => x.Match.Success)
            .ToLookup(x => x.Match.Groups["field"].Value.ToLowerInvariant(), x => (Number: x.Match.Groups["n"].Value, x.Field));
        var senders = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var (number, field) in numbered["mission"])
        {
            if (ReadMission(field) is { } sender)
            {
                senders[number] = sender;
            }
        }
        foreach (var (number, field) in numbered["envoy"])
        {
            var title = numbered["envoytitle"].FirstOrDefault(t => t.Number == number).Field;
            ReadEnvoy(field, title, senders.GetValueOrDefault(number), number);
        }
    }

    private Country? ReadMission(InfoboxField field)
    {
        var value = field.Value.Split('|')[0].Trim();
        var kind = KindWord().Match(value);
        var senderWords = KindOfSender().Match(value) is { Success: true } of ? of.Groups["sender"].Value
            : SenderKind().Match(value) is { Success: true } adjective ? adjective.Groups["sender"].Value : null;
        var sender = senderWords is null ? null : context.CountryOfPlace(senderWords) ?? context.CountryOfPlace(senderWords.Split(' ')[^1]);
        if (!kind.Success || sender is null)
        {
            context.Report(field.Line, DiagnosticSeverity.Warning, $"The infobox field {field.Name} does not name a mission of one of the two countries.", field.Source);
            return null;
        }
        var city = City().Match(value) is { Success: true } c ? c.Groups["city"].Value : null;
        var site = city is null
            ? context.Article.Other(sender) is { } other ? new MissionSite(other, null, null) : (MissionSite?)null
            : MissionSite.Resolve(city, sender, context, context.Article.Other(sender));
        if (site is not { } s)
        {
            context.Report(field.Line, DiagnosticSeverity.Warning, $"The infobox field {field.Name} names a mission outside the two countries.", field.Source);
            return null;
        }
        var mission = book.Mission(sender, s.Host, MissionKinds.Of(kind.Value), field.SourceRef, s.City);
        mission.ResidentIn ??= s.ResidentIn;
        return sender;
    }

    private void ReadEnvoy(InfoboxField field, InfoboxField? title, Country? missionSender, string number)
    {
        // "Ambassador Zsolt Cutora (since 2019)": the name, without office words, honorifics or notes.
        var value = EnvoyPrefix().Replace(Brackets().Replace(field.Value.Split('|')[0], " ").Trim(), "").Trim().TrimEnd('.', ',');
        // Words before the name that the lists do not know ("Dato'") are honorifics here: the name is what follows.
        var name = NoEnvoy().IsMatch(value) ? null : People.NameSplitter.Split(value, context)?.Name;
        if (name is null || People.NotAPerson.Is(name, context))
        {
            context.Report(field.Line, DiagnosticSeverity.Warning, $"The infobox field {field.Name} names no envoy.", field.Source);
            return;
        }
        var (sender, basis) = TitleSender(title) is { } stated
            ? (stated, Basis.Stated)
            : (missionSender, Basis.Inferred($"paired with Mission{number} by the infobox order"));
        if (sender is null || context.Article.Other(sender) is not { } host)
        {
            context.Report(field.Line, DiagnosticSeverity.Warning, $"The infobox does not say which country the envoy {name} represents.", field.Source);
            return;
        }
        var mission = book.Mission(sender, host, MissionKind.Embassy, field.SourceRef, basis: basis);
        MissionBook.AddHead(mission, new AmbassadorFact(name, null, field.SourceRef, basis));
    }

    /// <summary>The country an envoy title names as the sender: "Ambassador of India to Nepal", "Nepalese Ambassador to India".</summary>
    private Country? TitleSender(InfoboxField? title)
    {
        if (title is null)
        {
            return null;
        }
        if (TitleTo().Match(title.Value) is { Success: true } to && context.CountryOfPlace(to.Groups["host"].Value) is { } host)
        {
            return context.Article.Other(host);
        }
        return context.SingleCountryIn(title.Value);
    }
}
