// Serves the folder given as --root on --urls, as plain static files: the upper bound a page can reach.
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(app.Configuration["root"]!) });
app.Run();
