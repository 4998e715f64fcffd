using System.Text.Json;
using Dapper;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using MimeKit;

namespace Kennisplatform.Network.Tests;

/// <summary>
/// The behaviour every database must show; run against SQLite and PostgreSQL by the two classes below. Each test
/// uses its own users and organisation, so tests share a database without seeing each other's rows.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    protected StoreSet S { get; private set; } = default!;

    protected abstract Task<StoreSet> OpenAsync();

    protected virtual bool OwnsStores => false;

    public async ValueTask InitializeAsync() => S = await OpenAsync();

    public ValueTask DisposeAsync()
    {
        if (OwnsStores)
        {
            S.Dispose();
            S.Database.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    private Member User(string name, string organisation = "Gemeente") =>
        new($"{name}-{_run}", $"{name} {_run}", $"{organisation} {_run}", Email: $"{name}-{_run}@example.nl");

    private static ProfileForm Form(string function, string expertise, string[] themes, string[] regions, int version = 0, string? email = null) =>
        new(function, themes, regions, expertise, "Een nieuw plan van aanpak", email, false, null, version);

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        Assert.Empty(await Migrator.MigrateAsync(S.Database));
    }

    [Fact]
    public async Task A_profile_is_found_by_theme_region_and_a_Dutch_word_form_with_counts()
    {
        var a = User("anna");
        var b = User("bram");
        await S.Profiles.SaveAsync(a, Form("Analist", "Onderzoeken naar vastgoedtransacties en witwassen", ["vastgoed"], ["limburg"], email: a.Email));
        await S.Profiles.SaveAsync(b, Form("Jurist", "Bibob en horeca", ["horeca"], ["limburg"]));
        var organisation = a.Organisation;

        var byWordForm = await S.Profiles.SearchAsync(new DirectoryQuery("onderzoek", Organisation: organisation));
        var byFilters = await S.Profiles.SearchAsync(new DirectoryQuery(Theme: "vastgoed", Region: "limburg", Organisation: organisation));
        var all = await S.Profiles.SearchAsync(new DirectoryQuery(Organisation: organisation));

        Assert.Equal([a.Name], byWordForm.Items.Select(p => p.Name));
        Assert.Equal([a.Name], byFilters.Items.Select(p => p.Name));
        Assert.Equal(2, all.Total);
        Assert.Contains(new FacetCount(Facet.Region, "limburg", 2), all.Facets);
        Assert.Contains(new FacetCount(Facet.Theme, "horeca", 1), all.Facets);
        Assert.Equal(["vastgoed"], byFilters.Items[0].Themes);
    }

    [Fact]
    public async Task A_text_of_only_stop_words_finds_nothing_rather_than_everything()
    {
        var a = User("carla");
        await S.Profiles.SaveAsync(a, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"]));

        var result = await S.Profiles.SearchAsync(new DirectoryQuery("de het een", Organisation: a.Organisation));

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Saving_with_a_stale_version_is_refused_and_the_newer_text_stays()
    {
        var a = User("dirk");
        var first = await S.Profiles.SaveAsync(a, Form("Analist", "Eerste tekst", ["vastgoed"], ["limburg"]));
        await S.Profiles.SaveAsync(a, Form("Analist", "Tweede tekst", ["vastgoed"], ["limburg"], first.Version));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            S.Profiles.SaveAsync(a, Form("Analist", "Derde tekst uit een oud formulier", ["vastgoed"], ["limburg"], first.Version)));

        var stored = await S.Profiles.FindByUserAsync(a.Username);
        Assert.Equal("Tweede tekst", stored!.Expertise);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Newest_activity_first_puts_the_last_writer_on_top()
    {
        var a = User("anouk");
        var z = User("zeger");
        await S.Profiles.SaveAsync(a, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"]));
        await Task.Delay(5);
        await S.Profiles.SaveAsync(z, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"]));
        await Task.Delay(5);
        await S.Questions.AskAsync(a, new QuestionForm("Wie kent een goede aanpak?", "", ["vastgoed"], []));

        var byName = await S.Profiles.SearchAsync(new DirectoryQuery(Organisation: a.Organisation));
        var byActivity = await S.Profiles.SearchAsync(new DirectoryQuery(Organisation: a.Organisation, NewestFirst: true));

        Assert.Equal([a.Name, z.Name], byName.Items.Select(p => p.Name));
        Assert.Equal([a.Name, z.Name], byActivity.Items.Select(p => p.Name));
        await S.Profiles.SaveAsync(z, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"], 1));
        Assert.Equal(z.Name, (await S.Profiles.SearchAsync(new DirectoryQuery(Organisation: a.Organisation, NewestFirst: true))).Items[0].Name);
    }

    [Fact]
    public async Task A_search_cached_by_one_host_sees_what_another_host_wrote_since()
    {
        var a = User("hanna");
        var b = User("hugo");
        using var otherHost = new StoreSet(S.Database);
        await S.Profiles.SaveAsync(a, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"]));
        var query = new DirectoryQuery(Theme: "vastgoed", Organisation: a.Organisation);
        Assert.Equal(1, (await S.Profiles.SearchAsync(query)).Total);

        await otherHost.Profiles.SaveAsync(b, Form("Jurist", "Vastgoed", ["vastgoed"], ["limburg"]));

        var again = await S.Profiles.SearchAsync(query);
        Assert.Equal(2, again.Total);
        Assert.Equal(2, again.Facets.Single(f => f.Facet == Facet.Theme && f.Value == "vastgoed").Count);
    }

    [Fact]
    public async Task A_project_is_found_by_partner_and_text_and_disappears_when_hidden_with_its_reason_kept()
    {
        var a = User("els");
        var project = await S.Projects.SaveAsync(a, null, new ProjectForm($"Havenproject {_run}", "Criminele logistiek in de haven in beeld brengen",
            ["drugscriminaliteit"], ["rotterdam"], $"Douane {_run}, Politie", "opstart", "2026-03-01", null, 0));

        var found = await S.Projects.SearchAsync(new DirectoryQuery("beelden", Organisation: $"Douane {_run}"));
        Assert.Equal([project.Id], found.Items.Select(p => p.Id));
        Assert.Contains($"Douane {_run}", found.Items[0].Partners);

        Assert.True(await S.Moderation.SetHiddenAsync("moderator", ItemKind.Project, project.Id, "Bevat namen van verdachten"));
        Assert.Equal(0, (await S.Projects.SearchAsync(new DirectoryQuery("beelden", Organisation: $"Douane {_run}"))).Total);
        Assert.Equal("Bevat namen van verdachten", (await S.Projects.FindAsync(project.Id))!.Hidden!.Reason);

        Assert.True(await S.Moderation.SetHiddenAsync("moderator", ItemKind.Project, project.Id, null));
        Assert.Equal(1, (await S.Projects.SearchAsync(new DirectoryQuery("beelden", Organisation: $"Douane {_run}"))).Total);
    }

    [Fact]
    public async Task Only_the_asker_marks_the_helpful_answer_and_a_stale_mark_is_refused()
    {
        var asker = User("fleur");
        var helper = User("gijs");
        var question = await S.Questions.AskAsync(asker, new QuestionForm("Ervaring met Damocles bij vakantieparken?", "Graag voorbeelden.", ["horeca"], ["limburg"]));
        var answer = await S.Questions.AnswerAsync(helper, question.Id, new TextForm("Ja, in Limburg."));

        Assert.False(await S.Questions.MarkHelpfulAsync(helper, question.Id, answer!.Id, question.Version));
        Assert.True(await S.Questions.MarkHelpfulAsync(asker, question.Id, answer.Id, question.Version));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => S.Questions.MarkHelpfulAsync(asker, question.Id, null, question.Version));

        var stored = await S.Questions.FindAsync(question.Id);
        Assert.Equal(answer.Id, stored!.HelpfulAnswer);
        Assert.Equal("Ja, in Limburg.", Assert.Single(stored.Answers).Body);
    }

    [Fact]
    public async Task Posting_beyond_the_hourly_limit_is_refused_and_writes_nothing()
    {
        using var limited = new StoreSet(S.Database, new NetworkOptions { PostsPerHour = 2 });
        var a = User("hanna");
        await limited.Questions.AskAsync(a, new QuestionForm("Eerste vraag", "", ["horeca"], []));
        await limited.Questions.AskAsync(a, new QuestionForm("Tweede vraag", "", ["horeca"], []));

        var refused = await Assert.ThrowsAsync<LimitExceededException>(() => limited.Questions.AskAsync(a, new QuestionForm($"Derde vraag {_run}", "", ["horeca"], [])));

        Assert.Equal("bijdragen", refused.What);
        Assert.Equal(0, (await S.Questions.SearchAsync(new DirectoryQuery($"derde {_run}"))).Total);
    }

    [Fact]
    public async Task A_message_is_delivered_as_an_eml_file_without_showing_the_recipients_address_to_the_sender()
    {
        var a = User("ivo");
        var b = User("jet");
        var profileA = await S.Profiles.SaveAsync(a, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"], email: a.Email));
        await S.Profiles.SaveAsync(b, Form("Jurist", "Horeca", ["horeca"], ["limburg"]));

        Assert.True(await S.Mail.ContactAsync(b, profileA, $"Vraag {_run}", "Mogen wij uw aanpak overnemen?"));

        var file = Directory.GetFiles(S.Transport.Folder, "*.eml").Single(f => File.ReadAllText(f).Contains(_run));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(a.Email, message.To.Mailboxes.Single().Address);
        Assert.Contains("Mogen wij uw aanpak overnemen?", message.TextBody);
        Assert.Contains(b.Name, message.TextBody);
        Assert.Empty(message.ReplyTo);
    }

    [Fact]
    public async Task A_message_that_cannot_be_delivered_is_not_recorded()
    {
        var a = User("kees");
        var b = User("lot");
        await S.Profiles.SaveAsync(b, Form("Jurist", "Horeca", ["horeca"], ["limburg"]));

        await Assert.ThrowsAsync<IOException>(() =>
            S.Messages.RecordAsync(a.Username, b.Username, "Onderwerp", "Tekst", () => throw new IOException("mail server down")));

        var export = JsonSerializer.Serialize(await S.PersonalData.ExportAsync(b.Username));
        Assert.DoesNotContain("Onderwerp", export);
    }

    [Fact]
    public async Task Followers_get_a_new_question_at_once_or_once_in_their_digest()
    {
        var direct = User("mira");
        var digest = User("noor");
        var asker = User("otto");
        await S.Profiles.SaveAsync(direct, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"], email: direct.Email));
        await S.Profiles.SaveAsync(digest, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"], email: digest.Email));
        await S.Follows.SetAsync(direct.Username, ["vastgoed"], digest: false);
        await S.Follows.SetAsync(digest.Username, ["vastgoed", "horeca"], digest: true);

        var question = await S.Questions.AskAsync(asker, new QuestionForm($"Vraag over vastgoed {_run}", "", ["vastgoed"], []));
        await S.Mail.QuestionAskedAsync(question, StoreSet.Taxonomy);
        string[] MailTo(string address) => Directory.GetFiles(S.Transport.Folder, "*.eml")
            .Where(f => MimeMessage.Load(f).To.Mailboxes.Any(m => m.Address == address)).ToArray();

        Assert.Single(MailTo(direct.Email!));
        Assert.Empty(MailTo(digest.Email!));
        await S.Mail.SendDigestsAsync();
        await S.Mail.SendDigestsAsync();
        var sent = Assert.Single(MailTo(digest.Email!));
        Assert.Contains($"Vraag over vastgoed {_run}", MimeMessage.Load(sent).TextBody);
    }

    [Fact]
    public async Task Erasure_deletes_what_the_user_wrote_and_anonymises_questions_others_answered()
    {
        var a = User("piet");
        var b = User("quinten");
        await S.Profiles.SaveAsync(a, Form("Analist", $"Expertise {_run}", ["vastgoed"], ["limburg"], email: a.Email));
        await S.Projects.SaveAsync(a, null, new ProjectForm($"Project {_run}", "Doel", ["vastgoed"], ["limburg"], "", "opstart", "2026-01-01", null, 0));
        var answered = await S.Questions.AskAsync(a, new QuestionForm($"Beantwoorde vraag {_run}", "", ["vastgoed"], []));
        var lonely = await S.Questions.AskAsync(a, new QuestionForm($"Onbeantwoorde vraag {_run}", "", ["vastgoed"], []));
        await S.Questions.AnswerAsync(b, answered.Id, new TextForm("Een antwoord van een ander"));
        var ownAnswer = await S.Questions.AnswerAsync(a, answered.Id, new TextForm($"Eigen aanvulling {_run}"));
        await S.Follows.SetAsync(a.Username, ["vastgoed"], false);

        var export = JsonSerializer.Serialize(await S.PersonalData.ExportAsync(a.Username));
        Assert.Contains($"Expertise {_run}", export);
        Assert.Contains($"Project {_run}", export);
        Assert.Contains($"Eigen aanvulling {_run}", export);

        var erasure = await S.PersonalData.EraseAsync(a.Username);

        Assert.Equal(1, erasure.Anonymised);
        Assert.Null(await S.Profiles.FindByUserAsync(a.Username));
        Assert.Empty(await S.Projects.OfOwnerAsync(a.Username));
        Assert.Null(await S.Questions.FindAsync(lonely.Id));
        var kept = await S.Questions.FindAsync(answered.Id);
        Assert.Null(kept!.Author);
        Assert.DoesNotContain(kept.Answers, x => x.Id == ownAnswer!.Id);
        Assert.Equal(0, (await S.Profiles.SearchAsync(new DirectoryQuery(_run))).Total);
        Assert.DoesNotContain(_run, JsonSerializer.Serialize(await S.PersonalData.ExportAsync(a.Username)).Replace(a.Username, ""));
    }

    [Fact]
    public async Task After_the_newest_items_are_deleted_new_items_get_new_ids()
    {
        var leaver = User("teun");
        var stayer = User("ursula");
        var otherQuestion = await S.Questions.AskAsync(stayer, new QuestionForm("Vraag van een ander", "", ["horeca"], []));
        var profile = await S.Profiles.SaveAsync(leaver, Form("Analist", "Vastgoed", ["vastgoed"], ["limburg"]));
        var project = await S.Projects.SaveAsync(leaver, null, new ProjectForm($"Project {_run}", "Doel", ["vastgoed"], ["limburg"], "", "opstart", "2026-01-01", null, 0));
        var question = await S.Questions.AskAsync(leaver, new QuestionForm("Vraag zonder antwoord", "", ["vastgoed"], []));
        var answer = await S.Questions.AnswerAsync(leaver, otherQuestion.Id, new TextForm("Antwoord"));
        await S.Messages.RecordAsync(leaver.Username, stayer.Username, "Onderwerp", "Tekst", () => Task.CompletedTask);
        var message = await NewestMessageIdAsync();

        await S.PersonalData.EraseAsync(leaver.Username);

        Assert.True((await S.Profiles.SaveAsync(stayer, Form("Jurist", "Horeca", ["horeca"], ["limburg"]))).Id > profile.Id);
        Assert.True((await S.Projects.SaveAsync(stayer, null, new ProjectForm("Nieuw project", "Doel", ["horeca"], ["limburg"], "", "opstart", "2026-02-01", null, 0))).Id > project.Id);
        Assert.True((await S.Questions.AskAsync(stayer, new QuestionForm("Nieuwe vraag", "", ["horeca"], []))).Id > question.Id);
        Assert.True((await S.Questions.AnswerAsync(stayer, otherQuestion.Id, new TextForm("Nieuw antwoord")))!.Id > answer!.Id);
        await S.Messages.RecordAsync(stayer.Username, stayer.Username, "Onderwerp", "Tekst", () => Task.CompletedTask);
        Assert.True(await NewestMessageIdAsync() > message);
    }

    private Task<long> NewestMessageIdAsync() =>
        S.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT MAX(id) FROM messages"));

    [Fact]
    public async Task Reports_wait_for_a_moderator_and_hiding_handles_them()
    {
        var a = User("rik");
        var b = User("sanne");
        var question = await S.Questions.AskAsync(a, new QuestionForm("Vraag", "", ["horeca"], []));
        var answer = await S.Questions.AnswerAsync(b, question.Id, new TextForm($"Ongepast antwoord {_run}"));

        Assert.True(await S.Moderation.ReportAsync(a.Username, ItemKind.Answer, answer!.Id, "Beledigend"));
        Assert.False(await S.Moderation.ReportAsync(a.Username, ItemKind.Answer, 987654321, "Bestaat niet"));
        Assert.Contains(await S.Moderation.OpenReportsAsync(), r => r.ItemId == answer.Id && r.Title.Contains(_run));

        await S.Moderation.SetHiddenAsync("moderator", ItemKind.Answer, answer.Id, "Beledigend taalgebruik");

        Assert.DoesNotContain(await S.Moderation.OpenReportsAsync(), r => r.ItemId == answer.Id);
        Assert.Equal("Beledigend taalgebruik", (await S.Questions.FindAsync(question.Id))!.Answers.Single().Hidden!.Reason);
    }
}

/// <summary>The store's behaviour on the embedded SQLite file.</summary>
public sealed class SqliteStoreTests(SqliteDatabaseFixture database) : StoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<StoreSet> OpenAsync() => Task.FromResult(database.Stores);
}

/// <summary>The store's behaviour on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreTests(Kennisplatform.Testing.PostgresServer server) : StoreContract
{
    protected override bool OwnsStores => true;

    protected override async Task<StoreSet> OpenAsync()
    {
        var database = NetworkDatabase.PostgreSql(await server.DatabaseAsync(nameof(PostgreSqlStoreTests)));
        await Migrator.MigrateAsync(database);
        return new StoreSet(database);
    }
}
