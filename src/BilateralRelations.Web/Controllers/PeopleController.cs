using BilateralRelations.Core.Countries;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

public sealed class PeopleController(PeopleQueries people, CountryList countryList, CountryQueries countries) : Controller
{
    [HttpGet("/people")]
    public async Task<IActionResult> Index([FromQuery] ListPaging paging, CancellationToken ct)
    {
        var page = await people.ListAsync(paging.Slice(), ct);
        return View(new PeopleViewModel(page.Rows, page.Total, paging.Page));
    }

    [HttpGet("/people/{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken ct) =>
        await people.GetAsync(slug, ct) is { } model ? View(model) : NotFound();

    [HttpGet("/countries")]
    public async Task<IActionResult> Countries(CancellationToken ct) => View(await countryList.GetAsync(ct));

    /// <summary>A country's summary; a country asked for by another of its names ("turkey", "czech-republic") is sent to its own address.</summary>
    [HttpGet("/countries/{slug}")]
    public async Task<IActionResult> Country(string slug, CancellationToken ct) =>
        await countries.GetAsync(slug, ct) is { } model ? View(model)
        : CountryCatalog.Default.FindByName(slug.Replace('-', ' ')) is { } known && known.Slug != slug ? RedirectToActionPermanent(nameof(Country), new { slug = known.Slug })
        : NotFound();
}
