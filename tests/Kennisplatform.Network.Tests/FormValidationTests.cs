using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Tests;

public class FormValidationTests
{
    [Fact]
    public void An_empty_profile_names_each_missing_field_in_Dutch()
    {
        var errors = new ProfileForm("", [], [], "", "", null, false, null, 0).Validate(StoreSet.Taxonomy);

        Assert.Equal("Vul uw functie in.", errors["functie"]);
        Assert.Equal("Kies ten minste één thema.", errors["themas"]);
        Assert.Equal("Kies ten minste één regio.", errors["regios"]);
        Assert.Equal("Vul uw expertise in.", errors["expertise"]);
        Assert.Null(errors["werk"]);
    }

    [Fact]
    public void Oversized_text_unknown_themes_and_a_bad_address_are_refused()
    {
        var errors = new ProfileForm(new string('x', 121), ["bestaat-niet"], ["limburg"], "ok", "", "geen-adres", true, "bel mij", 0).Validate(StoreSet.Taxonomy);

        Assert.Equal("Uw functie is te lang: 121 tekens, ten hoogste 120.", errors["functie"]);
        Assert.Equal("Onbekende keuze: bestaat-niet.", errors["themas"]);
        Assert.Equal("Dit is geen geldig e-mailadres.", errors["email"]);
        Assert.NotNull(errors["telefoon"]);
    }

    [Fact]
    public void A_project_needs_a_real_date_a_known_phase_and_a_local_practice_page()
    {
        var errors = new ProjectForm("Titel", "Doel", ["vastgoed"], ["limburg"], "", "bestaat-niet", "1 maart", "https://elders.example/", 0).Validate(StoreSet.Taxonomy);

        Assert.NotNull(errors["start"]);
        Assert.Equal("Kies een fase.", errors["fase"]);
        Assert.NotNull(errors["praktijk"]);
        Assert.True(new ProjectForm("Titel", "Doel", ["vastgoed"], ["limburg"], "Politie", "opstart", "2026-03-01", "/praktijkvoorbeelden/x/", 0).Validate(StoreSet.Taxonomy).IsEmpty);
    }
}
