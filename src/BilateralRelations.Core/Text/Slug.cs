using System.Text;

namespace BilateralRelations.Core.Text;

/// <summary>URL slugs: folded, lower case, words joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 20 ? cut : MaxLength)].Trim('-');
        }
        return slug.Length == 0 ? "item" : slug;
    }

    /// <summary>Hands out slugs unique within one kind of record: a clash gets "-2", "-3"….</summary>
    public sealed class Registry
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

        public string Claim(string baseSlug)
        {
            var slug = baseSlug;
            for (var n = 2; !_taken.Add(slug); n++)
            {
                slug = $"{baseSlug}-{n}";
            }
            return slug;
        }
    }
}
