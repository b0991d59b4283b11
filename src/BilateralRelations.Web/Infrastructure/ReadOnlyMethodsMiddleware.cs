namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// The site is read-only: GET, and HEAD answered like GET without its body (RFC 9110), which uptime monitors and
/// link checkers send; the controllers and the output cache only know GET, so HEAD is turned into GET before
/// routing and the same endpoint, status and headers come out. Any other method is refused with 405 and an
/// <c>Allow</c> header naming the two.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = Allowed;
            }
            return Task.CompletedTask;
        });
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
