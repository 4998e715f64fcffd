using System.Text.Json;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>Finding colleagues, a colleague's profile, and one's own profile: edit, export, erase.</summary>
public static class ProfileEndpoints
{
    /// <summary><c>GET /besloten/netwerk/</c>: search colleagues by text, theme, region and organisation.</summary>
    public static async Task<IResult> DirectoryAsync(HttpContext http, ProfileStore profiles, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var query = ListQuery.From(NetworkPaths.Root, http.Request.Query);
        var taxonomy = taxonomies.For(lease);
        var result = await profiles.SearchAsync(query.ToDirectory());
        var own = await profiles.FindByUserAsync(NetworkMember.Of(http.User).Username);
        var (previous, next) = query.Pages(result.Total);
        return await pages.RenderAsync<NetworkListPage>(new NetworkListModel(
            NetworkPages.Frame("Het netwerk: collega's vinden", NetworkPaths.Root), "Collega's vinden",
            "Vind professionals van de convenantpartners op wat ze weten en waar ze nu aan werken.", NetworkPaths.Root,
            query.Text, query.NewestFirst, "Recent actieve collega's eerst", query.Filters(), result.Total,
            result.Items.Select(p => new ListEntry(p.Name, NetworkPaths.Profile(p.Id),
                [$"{p.Function}, {p.Organisation}", string.Join(", ", p.Themes.Select(taxonomy.ThemeTitle)) + " · " + string.Join(", ", p.Regions.Select(taxonomy.RegionTitle))],
                Shorten(p.CurrentWork))).ToList(),
            query.Facets(result.Facets, taxonomy),
            own is null ? [new Link("Maak uw profiel aan", NetworkPaths.MyProfile)] : [new Link("Uw profiel bekijken", NetworkPaths.Profile(own.Id))],
            previous, next));
    }

    /// <summary><c>GET /besloten/netwerk/profielen/{id}/</c>: a profile; a hidden one only for its owner and moderators.</summary>
    public static async Task<IResult> ViewAsync(long id, HttpContext http, ProfileStore profiles, ProjectStore projects, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var member = NetworkMember.Of(http.User);
        var profile = await profiles.FindAsync(id);
        if (profile is null || (profile.Hidden is not null && profile.Username != member.Username && !member.IsModerator)) return await pages.NotFoundAsync();
        var own = profile.Username == member.Username;
        var ownProjects = (await projects.OfOwnerAsync(profile.Username)).Where(p => p.Hidden is null || own).ToList();
        return await pages.RenderAsync<ProfileViewPage>(new ProfileViewModel(NetworkPages.Frame(profile.Name, NetworkPaths.Profile(id)), profile,
            taxonomies.For(lease), own, ownProjects, pages.Token(http)));
    }

    /// <summary><c>GET /besloten/netwerk/mijn-profiel/</c>: the form, filled with the stored profile.</summary>
    public static async Task<IResult> FormAsync(HttpContext http, ProfileStore profiles, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var member = NetworkMember.Of(http.User);
        var profile = await profiles.FindByUserAsync(member.Username);
        return await FormPageAsync(http, pages, member, taxonomies.For(lease), profile is null ? ProfileForm.New(member) : ProfileForm.From(profile), new FieldErrors(), null, null);
    }

    /// <summary><c>POST /besloten/netwerk/mijn-profiel/</c>: saves, or shows the form again with messages and what was typed.</summary>
    public static async Task<IResult> SaveAsync(HttpContext http, ProfileStore profiles, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var taxonomy = taxonomies.For(lease);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var form = new ProfileForm(f.Text("functie"), f.All("themas"), f.All("regios"), f.Text("expertise"), f.Text("werk"),
            f.Optional("email"), f.Checked("toon-email"), f.Optional("telefoon"), f.Int("versie"));
        var errors = form.Validate(taxonomy);
        if (!errors.IsEmpty)
        {
            audit.Write(member, "profiel opslaan", ItemKind.Profile, null, "invoer afgewezen");
            return await FormPageAsync(http, pages, member, taxonomy, form, errors, "Het profiel is niet opgeslagen: verbeter de velden met een melding.", null, StatusCodes.Status422UnprocessableEntity);
        }
        try
        {
            var saved = await profiles.SaveAsync(member, form);
            audit.Write(member, "profiel opslaan", ItemKind.Profile, saved.Id, "opgeslagen");
            return Results.Redirect(NetworkPaths.Profile(saved.Id));
        }
        catch (ConcurrencyConflictException)
        {
            audit.Write(member, "profiel opslaan", ItemKind.Profile, null, "conflict");
            var current = await profiles.FindByUserAsync(member.Username);
            return await FormPageAsync(http, pages, member, taxonomy, current is null ? form with { Version = 0 } : ProfileForm.From(current), new FieldErrors(),
                "Uw profiel is intussen ergens anders gewijzigd. Hieronder staat de nieuwste versie; uw eigen tekst is niet verloren en staat hierboven. Neem over wat u wilt en sla opnieuw op.",
                [new("Functie", form.Function), new("Expertise", form.Expertise), new("Waar ik nu aan werk", form.CurrentWork)], StatusCodes.Status409Conflict);
        }
    }

    /// <summary><c>GET …/mijn-profiel/gegevens.json</c>: everything stored about the user, as a download.</summary>
    public static async Task<IResult> ExportAsync(HttpContext http, PersonalDataStore data, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var export = await data.ExportAsync(member.Username);
        audit.Write(member, "gegevens downloaden", ItemKind.Profile, null, "gedownload");
        var json = JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions { WriteIndented = true });
        return Results.File(json, "application/json", "mijn-gegevens-netwerk.json");
    }

    /// <summary><c>GET …/mijn-profiel/verwijderen/</c>: asks for confirmation and says what will happen.</summary>
    public static async Task<IResult> EraseFormAsync(HttpContext http, NetworkPages pages) =>
        await pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame("Profiel verwijderen", NetworkPaths.Erase), "Profiel en bijdragen verwijderen",
            "Dit verwijdert uw profiel, uw projecten, uw antwoorden, uw berichten, de thema's die u volgt en uw vragen. Vragen waarop anderen hebben geantwoord blijven staan zonder uw naam, zodat hun antwoorden leesbaar blijven. Download eerst uw gegevens als u ze wilt bewaren.",
            NetworkPaths.Erase, "Definitief verwijderen", pages.Token(http),
            [new FormField("bevestig", "Ja, verwijder mijn profiel en bijdragen", FieldType.Checkbox)], new Dictionary<string, string>()));

    /// <summary><c>POST …/mijn-profiel/verwijderen/</c>: erases after the box was ticked.</summary>
    public static async Task<IResult> EraseAsync(HttpContext http, PersonalDataStore data, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var f = new FormReader(await http.Request.ReadFormAsync());
        if (!f.Checked("bevestig"))
        {
            return await pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame("Profiel verwijderen", NetworkPaths.Erase), "Profiel en bijdragen verwijderen",
                null, NetworkPaths.Erase, "Definitief verwijderen", pages.Token(http),
                [new FormField("bevestig", "Ja, verwijder mijn profiel en bijdragen", FieldType.Checkbox, Error: "Vink dit aan om te bevestigen.")],
                new Dictionary<string, string>(), "Er is niets verwijderd."), StatusCodes.Status422UnprocessableEntity);
        }
        var erasure = await data.EraseAsync(member.Username);
        audit.Write(member, "gegevens verwijderen", ItemKind.Profile, null, $"{erasure.Deleted} verwijderd, {erasure.Anonymised} geanonimiseerd");
        return await pages.MessageAsync("Verwijderd",
            $"Uw profiel en bijdragen zijn verwijderd ({erasure.Deleted} onderdelen). {erasure.Anonymised} vraag of vragen met antwoorden van anderen staan er nog, zonder uw naam.");
    }

    private static Task<IResult> FormPageAsync(HttpContext http, NetworkPages pages, Member member, Taxonomy taxonomy, ProfileForm form, FieldErrors errors,
        string? alert, IReadOnlyList<KeyValuePair<string, string>>? unsaved, int status = StatusCodes.Status200OK) =>
        pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame("Mijn profiel", NetworkPaths.MyProfile), "Mijn profiel",
            $"U staat in het netwerk als {member.Name}, {member.Organisation} (uit uw inlog; hier niet te wijzigen). Alleen collega's van convenantpartners zien uw profiel.",
            NetworkPaths.MyProfile, "Profiel opslaan", pages.Token(http),
            [
                new FormField("functie", "Functie", FieldType.Text, form.Function, Error: errors["functie"], Required: true, MaxLength: 120),
                new FormField("themas", "Thema's", FieldType.Checkboxes, Values: form.Themes, Options: [.. taxonomy.Themes], Error: errors["themas"], Required: true),
                new FormField("regios", "Regio's", FieldType.Checkboxes, Values: form.Regions, Options: [.. taxonomy.Regions], Error: errors["regios"], Required: true),
                new FormField("expertise", "Expertise", FieldType.TextArea, form.Expertise, Error: errors["expertise"], Required: true, MaxLength: 4000,
                    Hint: "Opmaak: **vet**, *cursief*, lijstjes met -, links. Geen HTML."),
                new FormField("werk", "Waar ik nu aan werk", FieldType.TextArea, form.CurrentWork, Error: errors["werk"], MaxLength: 2000),
                new FormField("email", "Werk-e-mailadres", FieldType.Email, form.Email, Error: errors["email"], MaxLength: 200,
                    Hint: "Hierop ontvangt u berichten via het platform. Collega's zien het alleen als u dat hieronder kiest."),
                new FormField("toon-email", "Toon mijn e-mailadres op mijn profiel", FieldType.Checkbox, form.ShowEmail ? "ja" : null),
                new FormField("telefoon", "Telefoonnummer (optioneel, wordt getoond)", FieldType.Tel, form.Phone, Error: errors["telefoon"], MaxLength: 40),
            ],
            new Dictionary<string, string> { ["versie"] = form.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, alert, unsaved), status);

    private static string? Shorten(string text) => text.Length <= 200 ? text : text[..197] + "…";
}
