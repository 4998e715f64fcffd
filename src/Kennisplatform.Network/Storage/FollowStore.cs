using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>Who follows which theme, at once or as a daily digest, and the digest's waiting questions.</summary>
public sealed class FollowStore(NetworkDatabase database, TimeProvider time)
{
    /// <summary>A followed theme.</summary>
    public sealed record Follow(string Theme, bool Digest);

    /// <summary>A follower to tell about a question.</summary>
    public sealed record Follower(string Username, bool Digest);

    /// <summary>The themes a user follows.</summary>
    public Task<IReadOnlyList<Follow>> OfUserAsync(string username) => database.ReadAsync(async c =>
        (IReadOnlyList<Follow>)(await c.QueryAsync<(string Theme, long Digest)>(
            "SELECT theme, digest FROM follows WHERE username = @username ORDER BY theme", new { username }))
        .Select(f => new Follow(f.Theme, f.Digest != 0)).ToList());

    /// <summary>Replaces the themes a user follows.</summary>
    public Task SetAsync(string username, IReadOnlyList<string> themes, bool digest) => database.WriteAsync(async (c, t) =>
    {
        await c.ExecuteAsync("DELETE FROM follows WHERE username = @username", new { username }, t);
        if (themes.Count > 0)
        {
            await c.ExecuteAsync("INSERT INTO follows (username, theme, digest) VALUES (@username, @theme, @digest)",
                themes.Distinct().Select(theme => new { username, theme, digest = digest ? 1 : 0 }), t);
        }
        return true;
    });

    /// <summary>
    /// The followers of any of the question's themes other than the asker; digest followers get the question queued
    /// for their next digest in the same step.
    /// </summary>
    public Task<IReadOnlyList<Follower>> FollowersOfAsync(Question question) => database.WriteAsync(async (c, t) =>
    {
        var parameters = new DynamicParameters(new { author = question.Author ?? "" });
        var rows = (await c.QueryAsync<(string Username, long Digest)>(
            $"SELECT username, MAX(digest) FROM follows WHERE theme IN {SqlList.Of("theme", question.Themes, parameters)} AND username <> @author GROUP BY username",
            parameters, t)).Select(r => new Follower(r.Username, r.Digest != 0)).ToList();
        var queued = rows.Where(r => r.Digest).Select(r => new { username = r.Username, id = question.Id, now = StoredTime.From(time.GetUtcNow()) }).ToList();
        if (queued.Count > 0)
        {
            await c.ExecuteAsync("INSERT INTO digest_queue (username, question_id, queued_at) VALUES (@username, @id, @now) ON CONFLICT DO NOTHING", queued, t);
        }
        return (IReadOnlyList<Follower>)rows;
    });

    /// <summary>
    /// Takes the waiting digest entries (user → question numbers) and hands them to <paramref name="send"/>; the entries
    /// of a user are removed only when sending succeeded, so a failed digest is tried again next time.
    /// </summary>
    public async Task<int> DrainDigestsAsync(Func<string, IReadOnlyList<long>, Task> send)
    {
        var waiting = await database.ReadAsync(async c => (await c.QueryAsync<(string Username, long QuestionId)>(
            "SELECT username, question_id FROM digest_queue ORDER BY username, question_id")).ToList());
        var sent = 0;
        foreach (var user in waiting.GroupBy(w => w.Username))
        {
            var ids = user.Select(u => u.QuestionId).ToList();
            await database.WriteAsync(async (c, t) =>
            {
                await c.ExecuteAsync($"DELETE FROM digest_queue WHERE username = @username AND question_id IN {SqlList.Of(ids)}", new { username = user.Key }, t);
                await send(user.Key, ids);
                return true;
            });
            sent++;
        }
        return sent;
    }
}
