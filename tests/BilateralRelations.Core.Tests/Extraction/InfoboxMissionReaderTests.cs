using BilateralRelations.Core.Facts;
using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>The infobox's Mission, Envoy and Envoytitle fields, in the forms real articles use.</summary>
public sealed class InfoboxMissionReaderTests
{
    private const string Title = "= India–Nepal relations =";

    [Fact]
    public void The_infobox_is_its_own_construct_and_keeps_each_fields_line()
    {
        var relation = Extract("Infobox\n- Map: India Nepal Locator.svg\n- Mission1: Embassy of India, Kathmandu\n\nThe lead.", Title);
        Assert.Equal(["Map", "Mission1"], relation.Article.Infobox.Select(f => f.Name));
        var mission = Assert.Single(relation.Missions);
        Assert.Equal(4, mission.Source.Line);
        Assert.DoesNotContain(relation.Article.Blocks, b => b.Text.Contains("Mission1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Embassy of India, Kathmandu", "IND Embassy in Kathmandu (NPL)")]
    [InlineData("Indian Embassy, Kathmandu", "IND Embassy in Kathmandu (NPL)")]
    [InlineData("Nepalese embassy, New Delhi", "NPL Embassy in New Delhi (IND)")]
    [InlineData("Embassy of Nepal, New Delhi|ne|नेपाली दूतावास", "NPL Embassy in New Delhi (IND)")]
    [InlineData("Embassy of Nepal in New Delhi", "NPL Embassy in New Delhi (IND)")]
    [InlineData("Embassy of Nepal, Copenhagen", "NPL Embassy in Copenhagen (IND via DNK)")]
    [InlineData("Consulate-General of India, Birgunj", "IND ConsulateGeneral in Birgunj (NPL)")]
    public void A_mission_field_names_the_sender_and_the_city(string value, string expected)
    {
        var relation = Extract($"Infobox\n- Mission1: {value}", Title);
        Assert.Equal(expected, Describe(Assert.Single(relation.Missions)));
    }

    [Fact]
    public void Envoys_take_the_country_their_title_names_else_their_missions_by_order()
    {
        var relation = Extract("""
            Infobox
            - Envoy2: H.E. Mr. Shankar Sharma
            - Envoytitle2: Ambassador of Nepal to India
            - Envoy1: Dr. Naveen Srivastava
            - Envoytitle1: Ambassador
            - Mission2: Embassy of India, Kathmandu
            - Mission1: Embassy of Nepal, New Delhi
            """, Title);
        var heads = relation.Missions.SelectMany(m => m.Ambassadors.Select(a => (Sender: m.SendingCountry.Iso3, a.Name, a.Basis))).ToList();
        // Envoy2's title says Nepal: stated. Envoy1's says no country: it is paired with Mission1 (Nepal's) and says so.
        Assert.Contains(("NPL", "Shankar Sharma", Basis.Stated), heads);
        var (sender, _, basis) = Assert.Single(heads, h => h.Name == "Naveen Srivastava");
        Assert.Equal("NPL", sender);
        Assert.True(basis.IsInferred);
        Assert.Contains("Mission1", basis.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vacant")]
    [InlineData("None")]
    [InlineData("N/A")]
    public void An_empty_envoy_field_names_no_one(string value)
    {
        var relation = Extract($"Infobox\n- Mission1: Embassy of India, Kathmandu\n- Envoy1: {value}", Title);
        Assert.Empty(Assert.Single(relation.Missions).Ambassadors);
    }

    [Fact]
    public void A_field_that_names_no_mission_of_the_pair_is_a_diagnostic_with_its_line()
    {
        Extract("Infobox\n- Mission1: Embassy of Japan, Kathmandu", Title, out var diagnostics);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("Mission1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("= Eswatini–Taiwan relations =", "Embassy of the Kingdom of Eswatini, Taipei", "SWZ Embassy in Taipei (TWN)")]
    [InlineData("= Eswatini–Taiwan relations =", "Embassy of the Republic of China (Taiwan), Mbabane", "TWN Embassy in Mbabane (SWZ)")]
    [InlineData("= Ivory Coast–Lebanon relations =", "Embassy of Côte d'Ivoire, Beirut", "CIV Embassy in Beirut (LBN)")]
    public void A_mission_may_name_its_country_with_the_form_of_state_or_an_elided_article(string title, string value, string expected)
    {
        var relation = Extract($"Infobox\n- Mission1: {value}", title);
        Assert.Equal(expected, Describe(Assert.Single(relation.Missions)));
    }
}
