using System.Data.Common;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// Everything stored about one user: the export (GDPR access) and the erasure. Erasure deletes the profile, projects,
/// answers, messages sent and received, follows, reports filed, and every question that nobody else answered;
/// a question that others answered stays, anonymised (no author), so that their answers keep their meaning.
/// </summary>
public sealed class PersonalDataStore(NetworkDatabase database, ProfileStore profiles, ProjectStore projects)
{
    /// <summary>What erasure did.</summary>
    public sealed record Erasure(int Deleted, int Anonymised);

    /// <summary>Everything stored about the user, as one object for JSON.</summary>
    public async Task<object> ExportAsync(string username)
    {
        var profile = await profiles.FindByUserAsync(username);
        var ownProjects = await projects.OfOwnerAsync(username);
        return await database.ReadAsync(async c => (object)new
        {
            gebruikersnaam = username,
            profiel = profile,
            projecten = ownProjects,
            vragen = await c.QueryAsync("SELECT id, title, body, created_at, helpful_answer, hidden_reason FROM questions WHERE author = @username ORDER BY id", new { username }),
            antwoorden = await c.QueryAsync("SELECT id, question_id, body, created_at, hidden_reason FROM answers WHERE author = @username ORDER BY id", new { username }),
            berichtenVerstuurd = await c.QueryAsync("SELECT recipient, subject, body, sent_at FROM messages WHERE sender = @username ORDER BY id", new { username }),
            berichtenOntvangen = await c.QueryAsync("SELECT sender, subject, body, sent_at FROM messages WHERE recipient = @username ORDER BY id", new { username }),
            volgt = await c.QueryAsync("SELECT theme, digest FROM follows WHERE username = @username ORDER BY theme", new { username }),
            meldingen = await c.QueryAsync("SELECT kind, item_id, reason, created_at FROM reports WHERE reporter = @username ORDER BY id", new { username }),
        });
    }

    /// <summary>Deletes or anonymises everything the user wrote, in one transaction.</summary>
    public Task<Erasure> EraseAsync(string username) => database.WriteAsync(async (c, t) =>
    {
        var deleted = 0;
        var profileId = await c.ExecuteScalarAsync<long?>("SELECT id FROM profiles WHERE username = @username", new { username }, t);
        if (profileId is { } pid) deleted += await DeleteItemAsync(c, t, ItemKind.Profile, pid);
        foreach (var id in await c.QueryAsync<long>("SELECT id FROM projects WHERE owner = @username", new { username }, t))
        {
            deleted += await DeleteItemAsync(c, t, ItemKind.Project, id);
        }
        var answerIds = (await c.QueryAsync<long>("SELECT id FROM answers WHERE author = @username", new { username }, t)).ToList();
        if (answerIds.Count > 0)
        {
            await c.ExecuteAsync($"UPDATE questions SET helpful_answer = NULL WHERE helpful_answer IN {SqlList.Of(answerIds)}", transaction: t);
            foreach (var id in answerIds) deleted += await DeleteItemAsync(c, t, ItemKind.Answer, id);
        }
        var anonymised = 0;
        foreach (var id in await c.QueryAsync<long>("SELECT id FROM questions WHERE author = @username", new { username }, t))
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM answers WHERE question_id = @id", new { id }, t) > 0)
            {
                anonymised += await c.ExecuteAsync("UPDATE questions SET author = NULL, version = version + 1 WHERE id = @id", new { id }, t);
            }
            else
            {
                deleted += await DeleteItemAsync(c, t, ItemKind.Question, id);
            }
        }
        deleted += await c.ExecuteAsync("DELETE FROM messages WHERE sender = @username OR recipient = @username", new { username }, t);
        deleted += await c.ExecuteAsync("DELETE FROM follows WHERE username = @username", new { username }, t);
        await c.ExecuteAsync("DELETE FROM digest_queue WHERE username = @username", new { username }, t);
        deleted += await c.ExecuteAsync("DELETE FROM reports WHERE reporter = @username", new { username }, t);
        return new Erasure(deleted, anonymised);
    });

    private static async Task<int> DeleteItemAsync(DbConnection c, DbTransaction t, string kind, long id)
    {
        await ItemIndex.RemoveAsync(c, t, kind, id);
        await c.ExecuteAsync("DELETE FROM reports WHERE kind = @kind AND item_id = @id", new { kind, id }, t);
        if (kind == ItemKind.Question) await c.ExecuteAsync("DELETE FROM digest_queue WHERE question_id = @id", new { id }, t);
        return await c.ExecuteAsync($"DELETE FROM {ModerationStore.Table(kind)} WHERE id = @id", new { id }, t);
    }
}
