using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Network.Mail;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>Vraag het netwerk: questions, answers, and the answer that helped.</summary>
public static class QuestionEndpoints
{
    /// <summary><c>GET …/vragen/</c>: questions, newest first, with search and filters.</summary>
    public static async Task<IResult> ListAsync(HttpContext http, QuestionStore questions, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var query = ListQuery.From(NetworkPaths.Questions, http.Request.Query);
        var taxonomy = taxonomies.For(lease);
        var result = await questions.SearchAsync(query.ToDirectory());
        var (previous, next) = query.Pages(result.Total);
        return await pages.RenderAsync<NetworkListPage>(new NetworkListModel(
            NetworkPages.Frame("Vraag het netwerk", NetworkPaths.Questions), "Vraag het netwerk",
            "Stel een vraag aan collega's in het hele land, of help een ander met wat u weet.", NetworkPaths.Questions,
            query.Text, query.NewestFirst, null, query.Filters(), result.Total,
            result.Items.Select(q => new ListEntry(q.Title, NetworkPaths.Question(q.Id),
                [$"{q.Answers.Count(a => a.Hidden is null)} antwoorden{(q.HelpfulAnswer is null ? "" : " · beantwoord")} · {string.Join(", ", q.Themes.Select(taxonomy.ThemeTitle))}"],
                null)).ToList(),
            query.Facets(result.Facets, taxonomy), [new Link("Stel een vraag", NetworkPaths.NewQuestion)], previous, next));
    }

    /// <summary><c>GET …/vragen/{id}/</c>: the question, its answers and the answer form.</summary>
    public static async Task<IResult> ViewAsync(long id, HttpContext http, QuestionStore questions, ProfileStore profiles, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages) =>
        await PageAsync(id, http, questions, profiles, taxonomies.For(lease), pages, null, null, StatusCodes.Status200OK);

    /// <summary><c>GET …/vragen/antwoord/{id}/</c>: the question an answer belongs to (for reports).</summary>
    public static async Task<IResult> AnswerLinkAsync(long id, NetworkDatabase database) =>
        await database.ReadAsync(async c => await Dapper.SqlMapper.ExecuteScalarAsync<long?>(c, "SELECT question_id FROM answers WHERE id = @id", new { id })) is { } question
            ? Results.Redirect(NetworkPaths.Question(question) + $"#antwoord-{id}")
            : Results.NotFound();

    /// <summary><c>GET …/vragen/nieuw/</c>: the form.</summary>
    public static Task<IResult> NewFormAsync(HttpContext http, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages) =>
        FormPageAsync(http, pages, taxonomies.For(lease), new QuestionForm("", "", [], []), new FieldErrors(), null);

    /// <summary><c>POST …/vragen/nieuw/</c>: asks, and tells the followers of its themes.</summary>
    public static async Task<IResult> AskAsync(HttpContext http, QuestionStore questions, NetworkMail mail, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var taxonomy = taxonomies.For(lease);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var form = new QuestionForm(f.Text("titel"), f.Text("toelichting"), f.All("themas"), f.All("regios"));
        var errors = form.Validate(taxonomy);
        if (!errors.IsEmpty)
        {
            audit.Write(member, "vraag stellen", ItemKind.Question, null, "invoer afgewezen");
            return await FormPageAsync(http, pages, taxonomy, form, errors, "De vraag is niet geplaatst: verbeter de velden met een melding.", StatusCodes.Status422UnprocessableEntity);
        }
        var question = await questions.AskAsync(member, form);
        audit.Write(member, "vraag stellen", ItemKind.Question, question.Id, "geplaatst");
        await mail.QuestionAskedAsync(question, taxonomy);
        return Results.Redirect(NetworkPaths.Question(question.Id));
    }

    /// <summary><c>POST …/vragen/{id}/antwoorden/</c>: adds an answer and tells the asker.</summary>
    public static async Task<IResult> AnswerAsync(long id, HttpContext http, QuestionStore questions, ProfileStore profiles, NetworkMail mail, TaxonomySource taxonomies,
        SiteLease lease, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var form = new TextForm(f.Text("tekst"));
        var errors = form.Validate();
        if (!errors.IsEmpty)
        {
            audit.Write(member, "antwoorden", ItemKind.Question, id, "invoer afgewezen");
            return await PageAsync(id, http, questions, profiles, taxonomies.For(lease), pages, form.Body, errors["tekst"], StatusCodes.Status422UnprocessableEntity);
        }
        var answer = await questions.AnswerAsync(member, id, form);
        if (answer is null) return await pages.NotFoundAsync();
        audit.Write(member, "antwoorden", ItemKind.Answer, answer.Id, "geplaatst");
        if (await questions.FindAsync(id) is { } question) await mail.AnsweredAsync(question, member);
        return Results.Redirect(NetworkPaths.Question(id) + $"#antwoord-{answer.Id}");
    }

    /// <summary><c>POST …/vragen/{id}/nuttig/</c>: the asker marks the answer that helped.</summary>
    public static async Task<IResult> HelpfulAsync(long id, HttpContext http, QuestionStore questions, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var f = new FormReader(await http.Request.ReadFormAsync());
        try
        {
            var marked = await questions.MarkHelpfulAsync(member, id, f.Long("antwoord"), f.Int("versie"));
            audit.Write(member, "nuttig markeren", ItemKind.Question, id, marked ? "gemarkeerd" : "geweigerd");
            return marked ? Results.Redirect(NetworkPaths.Question(id)) : await pages.MessageAsync("Niet toegestaan",
                "Alleen wie de vraag stelde, kan een antwoord als nuttig markeren.", StatusCodes.Status403Forbidden, new Link("Terug naar de vraag", NetworkPaths.Question(id)));
        }
        catch (ConcurrencyConflictException)
        {
            audit.Write(member, "nuttig markeren", ItemKind.Question, id, "conflict");
            return await pages.MessageAsync("Vraag intussen gewijzigd", "De vraag is gewijzigd sinds u de pagina opende. Er is niets veranderd; bekijk de nieuwste versie en kies opnieuw.",
                StatusCodes.Status409Conflict, new Link("Naar de nieuwste versie", NetworkPaths.Question(id)));
        }
    }

    private static async Task<IResult> PageAsync(long id, HttpContext http, QuestionStore questions, ProfileStore profiles, Taxonomy taxonomy, NetworkPages pages,
        string? answerText, string? answerError, int status)
    {
        var member = NetworkMember.Of(http.User);
        var question = await questions.FindAsync(id);
        if (question is null || (question.Hidden is not null && question.Author != member.Username && !member.IsModerator)) return await pages.NotFoundAsync();
        var authors = await profiles.FindByUsersAsync(question.Answers.Select(a => a.Author).Append(question.Author).OfType<string>());
        return await pages.RenderAsync<QuestionViewPage>(new QuestionViewModel(NetworkPages.Frame(question.Title, NetworkPaths.Question(id)), question,
            authors.Where(a => a.Value.Hidden is null).ToDictionary(), taxonomy, member, pages.Token(http), answerText, answerError), status);
    }

    private static Task<IResult> FormPageAsync(HttpContext http, NetworkPages pages, Taxonomy taxonomy, QuestionForm form, FieldErrors errors, string? alert,
        int status = StatusCodes.Status200OK) =>
        pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame("Stel een vraag", NetworkPaths.NewQuestion), "Stel een vraag aan het netwerk",
            "Collega's die uw thema's volgen, krijgen uw vraag per e-mail.", NetworkPaths.NewQuestion, "Vraag plaatsen", pages.Token(http),
            [
                new FormField("titel", "Uw vraag in één zin", FieldType.Text, form.Title, Error: errors["titel"], Required: true, MaxLength: 200),
                new FormField("toelichting", "Toelichting", FieldType.TextArea, form.Body, Error: errors["toelichting"], MaxLength: 4000, Hint: "Opmaak: **vet**, *cursief*, lijstjes met -, links. Geen HTML."),
                new FormField("themas", "Thema's", FieldType.Checkboxes, Values: form.Themes, Options: [.. taxonomy.Themes], Error: errors["themas"], Required: true),
                new FormField("regios", "Regio's (optioneel)", FieldType.Checkboxes, Values: form.Regions, Options: [.. taxonomy.Regions], Error: errors["regios"]),
            ], new Dictionary<string, string>(), alert), status);
}
