using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Tests.Support;

/// <summary>
/// A test-only page (added to the site as an application part by the tests that need it) that writes through the
/// response's PipeWriter and never flushes it, leaving that to the server.
/// </summary>
public sealed class UnflushedController : Controller
{
    public const string Text = "written through the PipeWriter, never flushed";

    [HttpGet("/test/unflushed")]
    public IActionResult Get()
    {
        Response.ContentType = "text/plain; charset=utf-8";
        System.Buffers.BuffersExtensions.Write(Response.BodyWriter, System.Text.Encoding.UTF8.GetBytes(Text));
        return new EmptyResult();
    }
}
