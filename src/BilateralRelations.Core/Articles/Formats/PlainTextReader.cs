namespace BilateralRelations.Core.Articles.Formats;

/// <summary>The plain rendering itself (the seed's form): every line of the file is a line of the article.</summary>
public static class PlainTextReader
{
    public static ArticleSource Read(string fileName, string text)
    {
        return new ArticleSource(fileName, Path.GetFileNameWithoutExtension(fileName), ArticleFormat.PlainText,
            TextLines.Split(text).Select((line, i) => new ArticleLine(i + 1, line)).ToList());
    }
}
