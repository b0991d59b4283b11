using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;

namespace BilateralRelations.Core.Extraction;

public enum SectionKind
{
    General,
    Visits,
    SisterCities,
    Agreements,
    References,
}

/// <summary>Tells what a section lists from its heading and the headings above it, whatever words the author chose.</summary>
public static partial class SectionClassifier
{
    [GeneratedRegex(@"\b(?:see also|references|external links|further reading|notes|bibliography|sources|literature)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesHeading();

    [GeneratedRegex(@"visit|exchanges|high[- ]level|trips|delegations", RegexOptions.IgnoreCase)]
    private static partial Regex VisitsHeading();

    [GeneratedRegex(@"sister|twin|partner (?:cit|town)|friendship cit|cities|towns", RegexOptions.IgnoreCase)]
    private static partial Regex SisterCitiesHeading();

    [GeneratedRegex(@"agreement|treat(?:y|ies)|legal (?:basis|framework)|bilateral documents", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementsHeading();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Section, object> s_kinds = [];

    /// <summary>The kind of a section (remembered per section: every block of it asks).</summary>
    public static SectionKind Classify(Section section) => (SectionKind)s_kinds.GetValue(section, s => ClassifyHeadings(s));

    private static SectionKind ClassifyHeadings(Section section)
    {
        foreach (var s in section.SelfAndAncestors().Where(s => s.Parent is not null))
        {
            if (ReferencesHeading().IsMatch(s.Heading))
            {
                return SectionKind.References;
            }
            if (SisterCitiesHeading().IsMatch(s.Heading))
            {
                return SectionKind.SisterCities;
            }
            if (VisitsHeading().IsMatch(s.Heading))
            {
                return SectionKind.Visits;
            }
            if (AgreementsHeading().IsMatch(s.Heading))
            {
                return SectionKind.Agreements;
            }
        }
        return SectionKind.General;
    }

    /// <summary>The sub-heading a visit is listed under ("Head of States", "2013"), or null for a flat list under a top heading.</summary>
    public static string? LevelHeading(Section section) => section.Parent is not null && section.Level >= 3 ? section.Heading : null;
}
