namespace BilateralRelations.Core.Articles.Formats;

/// <summary>The plain rendering itself (the seed's form): every line of the file is a line of the article.</summary>
public static class PlainTextReader
{
    public static ArticleSource Read(string fileName, string text)
    {
        var lines = TextLines.Split(text);
        return new ArticleSource(fileName, Path.GetFileNameWithoutExtension(fileName), ArticleFormat.PlainText,
            lines.Select((line, i) => new ArticleLine(i + 1, line)).ToList())
        {
            SourceLineCount = lines.Length,
        };
    }
}
