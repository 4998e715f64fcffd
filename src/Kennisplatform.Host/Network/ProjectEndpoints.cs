using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>Running projects: search, view, register at the start, update while they run.</summary>
public static class ProjectEndpoints
{
    /// <summary><c>GET …/projecten/</c>: search and filter running projects.</summary>
    public static async Task<IResult> ListAsync(HttpContext http, ProjectStore projects, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var query = ListQuery.From(NetworkPaths.Projects, http.Request.Query);
        var taxonomy = taxonomies.For(lease);
        var result = await projects.SearchAsync(query.ToDirectory());
        var (previous, next) = query.Pages(result.Total);
        return await pages.RenderAsync<NetworkListPage>(new NetworkListModel(
            NetworkPages.Frame("Lopende projecten", NetworkPaths.Projects), "Lopende projecten",
            "Projecten die nu lopen, geregistreerd bij de start, zodat u kunt leren terwijl ze lopen en niet pas achteraf.", NetworkPaths.Projects,
            query.Text, query.NewestFirst, "Laatst bijgewerkte projecten eerst", query.Filters(), result.Total,
            result.Items.Select(p => new ListEntry(p.Title, NetworkPaths.Project(p.Id),
                [$"{ProjectPhase.Label(p.Phase)} · gestart {p.StartDate} · {string.Join(", ", p.Partners)}",
                 string.Join(", ", p.Themes.Select(taxonomy.ThemeTitle)) + " · " + string.Join(", ", p.Regions.Select(taxonomy.RegionTitle))],
                p.Goal.Length <= 200 ? p.Goal : p.Goal[..197] + "…")).ToList(),
            query.Facets(result.Facets, taxonomy, "Partnerorganisatie"), [new Link("Registreer een project", NetworkPaths.NewProject)], previous, next));
    }

    /// <summary><c>GET …/projecten/{id}/</c>: one project.</summary>
    public static async Task<IResult> ViewAsync(long id, HttpContext http, ProjectStore projects, ProfileStore profiles, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var member = NetworkMember.Of(http.User);
        var project = await projects.FindAsync(id);
        if (project is null || (project.Hidden is not null && project.Owner != member.Username && !member.IsModerator)) return await pages.NotFoundAsync();
        return await pages.RenderAsync<ProjectViewPage>(new ProjectViewModel(NetworkPages.Frame(project.Title, NetworkPaths.Project(id)), project,
            await profiles.FindByUserAsync(project.Owner), taxonomies.For(lease), project.Owner == member.Username, pages.Token(http)));
    }

    /// <summary><c>GET …/projecten/nieuw/</c>: the registration form.</summary>
    public static Task<IResult> NewFormAsync(HttpContext http, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages) =>
        FormPageAsync(http, pages, taxonomies.For(lease), null,
            new ProjectForm("", "", [], [], "", ProjectPhase.Start, DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"), null, 0), new FieldErrors(), null, null);

    /// <summary><c>GET …/projecten/{id}/bewerken/</c>: the owner's update form.</summary>
    public static async Task<IResult> EditFormAsync(long id, HttpContext http, ProjectStore projects, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var project = await projects.FindAsync(id);
        if (project is null || project.Owner != NetworkMember.Of(http.User).Username) return await pages.NotFoundAsync();
        return await FormPageAsync(http, pages, taxonomies.For(lease), id, ProjectForm.From(project), new FieldErrors(), null, null);
    }

    /// <summary><c>POST …/projecten/nieuw/</c> and <c>POST …/projecten/{id}/bewerken/</c>: saves or shows the form again.</summary>
    public static async Task<IResult> SaveAsync(long? id, HttpContext http, ProjectStore projects, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var taxonomy = taxonomies.For(lease);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var form = new ProjectForm(f.Text("titel"), f.Text("doel"), f.All("themas"), f.All("regios"), f.Text("partners"), f.Text("fase"),
            f.Text("start"), f.Optional("praktijk"), f.Int("versie"));
        var errors = form.Validate(taxonomy);
        if (!errors.IsEmpty)
        {
            audit.Write(member, "project opslaan", ItemKind.Project, id, "invoer afgewezen");
            return await FormPageAsync(http, pages, taxonomy, id, form, errors, "Het project is niet opgeslagen: verbeter de velden met een melding.", null, StatusCodes.Status422UnprocessableEntity);
        }
        try
        {
            var saved = await projects.SaveAsync(member, id, form);
            audit.Write(member, id is null ? "project registreren" : "project bijwerken", ItemKind.Project, saved.Id, "opgeslagen");
            return Results.Redirect(NetworkPaths.Project(saved.Id));
        }
        catch (ConcurrencyConflictException)
        {
            audit.Write(member, "project bijwerken", ItemKind.Project, id, "conflict");
            var current = id is null ? null : await projects.FindAsync(id.Value);
            if (current is null || current.Owner != member.Username) return await pages.NotFoundAsync();
            return await FormPageAsync(http, pages, taxonomy, id, ProjectForm.From(current), new FieldErrors(),
                "Dit project is intussen door iemand anders bijgewerkt. Hieronder staat de nieuwste versie; uw eigen tekst staat hierboven. Neem over wat u wilt en sla opnieuw op.",
                [new("Titel", form.Title), new("Doel", form.Goal), new("Partners", form.Partners)], StatusCodes.Status409Conflict);
        }
    }

    private static Task<IResult> FormPageAsync(HttpContext http, NetworkPages pages, Taxonomy taxonomy, long? id, ProjectForm form, FieldErrors errors,
        string? alert, IReadOnlyList<KeyValuePair<string, string>>? unsaved, int status = StatusCodes.Status200OK)
    {
        var action = id is null ? NetworkPaths.NewProject : NetworkPaths.EditProject(id.Value);
        var title = id is null ? "Project registreren" : "Project bijwerken";
        return pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame(title, action), title,
            "Registreer een project bij de start: dan vinden collega's het terwijl het loopt. U bent de contactpersoon.", action, "Project opslaan", pages.Token(http),
            [
                new FormField("titel", "Titel", FieldType.Text, form.Title, Error: errors["titel"], Required: true, MaxLength: 160),
                new FormField("doel", "Doel", FieldType.TextArea, form.Goal, Error: errors["doel"], Required: true, MaxLength: 4000, Hint: "Wat wil het project bereiken? Opmaak: **vet**, *cursief*, lijstjes. Geen HTML."),
                new FormField("themas", "Thema's", FieldType.Checkboxes, Values: form.Themes, Options: [.. taxonomy.Themes], Error: errors["themas"], Required: true),
                new FormField("regios", "Regio's", FieldType.Checkboxes, Values: form.Regions, Options: [.. taxonomy.Regions], Error: errors["regios"], Required: true),
                new FormField("partners", "Partnerorganisaties", FieldType.Text, form.Partners, Error: errors["partners"], MaxLength: 1000, Hint: "Gescheiden door komma's, bijvoorbeeld: Politie, Belastingdienst."),
                new FormField("fase", "Fase", FieldType.Select, form.Phase, Options: ProjectPhase.All.Select(p => new KeyValuePair<string, string>(p.Key, p.Label)).ToList(), Error: errors["fase"]),
                new FormField("start", "Startdatum", FieldType.Date, form.StartDate, Error: errors["start"], Required: true, Hint: "Als jjjj-mm-dd."),
                new FormField("praktijk", "Praktijkvoorbeeld op deze site (later)", FieldType.Text, form.PracticeUrl, Error: errors["praktijk"], MaxLength: 300, Hint: "Het pad, bijvoorbeeld /praktijkvoorbeelden/naam/."),
            ],
            new Dictionary<string, string> { ["versie"] = form.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, alert, unsaved), status);
    }
}
