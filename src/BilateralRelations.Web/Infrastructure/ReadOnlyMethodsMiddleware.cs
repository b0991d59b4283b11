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

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method))
        {
            return next(context); // nearly every request: nothing to add
        }
        if (HttpMethods.IsHead(method))
        {
            return AsGetWithoutBodyAsync(context);
        }
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                response.Headers.Allow = Allowed;
            }
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    private async Task AsGetWithoutBodyAsync(HttpContext context)
    {
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
