using System.Reflection;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>What a template shows when read: see templates.tsv for each rule.</summary>
internal enum TemplateRuleKind
{
    Unknown,
    Drop,
    Text,
    Date,
    FlagCode,
    FlagName,
    List,
    Convert,
    Literal,
    AsOf,
    Circa,
    Infobox,
}

/// <summary>A rule and its argument: the parameters to show for <see cref="TemplateRuleKind.Text"/>, the text for <see cref="TemplateRuleKind.Literal"/>.</summary>
internal sealed record TemplateRule(TemplateRuleKind Kind, IReadOnlyList<string> Arguments)
{
    public static readonly TemplateRule Unknown = new(TemplateRuleKind.Unknown, []);
}

/// <summary>The rules of the embedded templates.tsv: data, so a new template is a line, not code.</summary>
internal sealed class TemplateBook
{
    private readonly Dictionary<string, TemplateRule> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Prefix, string Suffix, TemplateRule Rule)> _patterns = [];

    private static readonly Lazy<TemplateBook> s_default = new(() => Load(typeof(TemplateBook).Assembly));

    public static TemplateBook Default => s_default.Value;

    /// <summary>The rule for a template name as written ("Flagicon", "start_date", "Template:Lang").</summary>
    public TemplateRule RuleFor(string name)
    {
        var key = Normalize(name);
        if (_exact.TryGetValue(key, out var rule))
        {
            return rule;
        }
        foreach (var (prefix, suffix, patternRule) in _patterns)
        {
            if (key.Length >= prefix.Length + suffix.Length
                && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return patternRule;
            }
        }
        return TemplateRule.Unknown;
    }

    /// <summary>"Template:Start_date " → "start date".</summary>
    public static string Normalize(string name)
    {
        var key = string.Join(' ', name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("template:", StringComparison.OrdinalIgnoreCase) ? key[9..].TrimStart() : key;
    }

    private static TemplateBook Load(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream("templates.tsv")
            ?? throw new InvalidOperationException("The embedded templates.tsv is missing.");
        using var reader = new StreamReader(stream);
        var book = new TemplateBook();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            var rule = Parse(columns[1]);
            var star = columns[0].IndexOf('*');
            if (star >= 0)
            {
                book._patterns.Add((columns[0][..star], columns[0][(star + 1)..], rule));
            }
            else
            {
                book._exact[columns[0]] = rule;
            }
        }
        return book;
    }

    private static TemplateRule Parse(string rule)
    {
        var colon = rule.IndexOf(':');
        var (kind, argument) = colon < 0 ? (rule, "") : (rule[..colon], rule[(colon + 1)..]);
        return kind switch
        {
            "drop" => new(TemplateRuleKind.Drop, []),
            "text" => new(TemplateRuleKind.Text, argument.Split(',')),
            "date" => new(TemplateRuleKind.Date, []),
            "flag-code" => new(TemplateRuleKind.FlagCode, []),
            "flag-name" => new(TemplateRuleKind.FlagName, []),
            "list" => new(TemplateRuleKind.List, []),
            "convert" => new(TemplateRuleKind.Convert, []),
            "literal" => new(TemplateRuleKind.Literal, [argument]),
            "as-of" => new(TemplateRuleKind.AsOf, []),
            "circa" => new(TemplateRuleKind.Circa, []),
            "infobox" => new(TemplateRuleKind.Infobox, []),
            _ => throw new InvalidOperationException($"templates.tsv: unknown rule '{rule}'."),
        };
    }
}
