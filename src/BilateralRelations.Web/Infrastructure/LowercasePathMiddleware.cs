namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// One address per page: a path with capitals (<c>/VISITS?year=2013</c>) is redirected to its lower-case form, so
/// that case never splits the caches or lets one spelling's page be served for another's.
/// </summary>
public sealed class LowercasePathMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || !path.AsSpan().ContainsAnyInRange('A', 'Z') || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        // Built escaped: a path with capitals and non-ASCII or control characters must not make an invalid header.
        context.Response.Headers.Location = Microsoft.AspNetCore.Http.Extensions.UriHelper.BuildRelative(
            context.Request.PathBase, new PathString(path.ToLowerInvariant()), context.Request.QueryString);
        return Task.CompletedTask;
    }
}
