using System.Text.Encodings.Web;
using BilateralRelations.Web.Tests.Support;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The long option lists (relations, countries, people) are encoded once per list and shared by every page (issue 13):
/// each page must still mark its own selection, nothing in a label may become markup, and a new data version's list
/// must show on the next page.
/// </summary>
public sealed class OptionListTests
{
    [Fact]
    public void Marks_only_the_option_a_page_selects()
    {
        var options = OptionList.Of(new List<Option> { new("hungary", "Hungary"), new("poland", "Poland") });

        Assert.Equal("""<option value="hungary">Hungary</option><option value="poland" selected="selected">Poland</option>""", Html.Of(options.Selecting("poland")));
        Assert.Equal("""<option value="hungary" selected="selected">Hungary</option><option value="poland">Poland</option>""", Html.Of(options.Selecting("hungary")));
        Assert.Equal("""<option value="hungary">Hungary</option><option value="poland">Poland</option>""", Html.Of(options.Selecting(null)));
        Assert.Equal("""<option value="hungary">Hungary</option><option value="poland">Poland</option>""", Html.Of(options.Selecting("georgia")));
    }

    [Fact]
    public void Encodes_every_value_and_label()
    {
        var options = OptionList.Of(new List<Option> { new("a\"b", "<script>alert(1)</script> & Co–op") });

        var html = Html.Of(options.Selecting("a\"b"));

        Assert.DoesNotContain("<script>", html);
        Assert.Equal($"""<option value="{HtmlEncoder.Default.Encode("a\"b")}" selected="selected">{HtmlEncoder.Default.Encode("<script>alert(1)</script> & Co–op")}</option>""", html);
    }

    [Fact]
    public void Is_built_once_per_list_and_again_for_a_new_list()
    {
        var relations = new List<Option> { new("hungary", "Hungary") };
        var next = new List<Option> { new("hungary", "Hungary"), new("poland", "Poland") };

        Assert.Same(OptionList.Of(relations), OptionList.Of(relations));
        Assert.NotSame(OptionList.Of(relations), OptionList.Of(next));
        Assert.Contains("Poland", Html.Of(OptionList.Of(next).Selecting(null)));
    }

    [Fact]
    public async Task The_switcher_lists_a_relation_imported_since_and_marks_the_one_shown()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt")) { Settings = { ["OutputCache:Enabled"] = "false" } };
        var client = site.CreateClient();
        var before = await client.GetPageAsync("/relations/georgia-poland-relations");
        Assert.Equal(["georgia-poland-relations"], before.QuerySelectorAll("#relation-switch option[selected]").Select(o => o.GetAttribute("value")));
        var listed = before.QuerySelectorAll("#relation-switch option").Length;

        File.Copy(TestFiles.Golden("chile-new-zealand-relations.txt"), Path.Combine(site.SeedDirectory, "chile-new-zealand-relations.txt"));
        await site.ImportAsync();

        var after = await client.GetPageAsync("/relations/georgia-poland-relations");
        Assert.Equal(listed + 1, after.QuerySelectorAll("#relation-switch option").Length);
        Assert.Equal(["georgia-poland-relations"], after.QuerySelectorAll("#relation-switch option[selected]").Select(o => o.GetAttribute("value")));
        var visits = await client.GetPageAsync("/visits?relation=georgia-poland-relations");
        Assert.Equal(["georgia-poland-relations"], visits.QuerySelectorAll("#f-relation option[selected]").Select(o => o.GetAttribute("value")));
    }
}
