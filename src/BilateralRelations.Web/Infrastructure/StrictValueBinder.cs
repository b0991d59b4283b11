using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// Query values read as people write them, and nothing else: an enum by one of its names (not a number, not
/// "Agreement,Embassy" read as flags), a number in decimal digits (not "0x7DD"). The framework's converters accept
/// both, and a wrong filter silently showing something else is worse than a 400 that says what is allowed.
/// </summary>
public sealed class StrictValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum || type == typeof(int) || type == typeof(long) ? new StrictValueBinder(type) : null;
    }
}

public sealed class StrictValueBinder(Type type) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, result);
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.CompletedTask; // an empty field of a form is no filter
        }
        if (Parse(text) is { } value)
        {
            context.Result = ModelBindingResult.Success(value);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, ErrorFor(context.ModelName, text));
        }
        return Task.CompletedTask;
    }

    private object? Parse(string text)
    {
        if (type.IsEnum)
        {
            return text.All(char.IsAsciiLetter) && Enum.TryParse(type, text, ignoreCase: true, out var named) ? named : null;
        }
        if (text.Length > 19 || !text.TrimStart('-').All(char.IsAsciiDigit))
        {
            return null;
        }
        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
    }

    private string ErrorFor(string name, string text) => type.IsEnum
        ? $"'{Shorten(text)}' is not a valid value for {name}: use one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}."
        : $"'{Shorten(text)}' is not a valid value for {name}: use a whole number in decimal digits.";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
