using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// Per-user limits per hour, counted in the database inside the writing transaction, so that they hold across
/// several hosts and a burst of parallel requests cannot slip past them.
/// </summary>
public sealed class WriteLimits(IOptions<NetworkOptions> options)
{
    /// <summary>Throws <see cref="LimitExceededException"/> when the user posted too much in the last hour.</summary>
    public async Task CheckPostsAsync(DbConnection c, DbTransaction t, string username, long now)
    {
        var since = now - 3_600_000;
        var count = await c.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM questions WHERE author = @username AND created_at > @since) + " +
            "(SELECT COUNT(*) FROM answers WHERE author = @username AND created_at > @since) + " +
            "(SELECT COUNT(*) FROM projects WHERE owner = @username AND created_at > @since)", new { username, since }, t);
        if (count >= options.Value.PostsPerHour) throw new LimitExceededException("bijdragen");
    }

    /// <summary>Throws <see cref="LimitExceededException"/> when the user sent too many messages in the last hour.</summary>
    public async Task CheckMessagesAsync(DbConnection c, DbTransaction t, string username, long now)
    {
        var count = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM messages WHERE sender = @username AND sent_at > @since",
            new { username, since = now - 3_600_000 }, t);
        if (count >= options.Value.MessagesPerHour) throw new LimitExceededException("berichten");
    }

    /// <summary>Throws <see cref="LimitExceededException"/> when the user filed too many reports in the last hour.</summary>
    public async Task CheckReportsAsync(DbConnection c, DbTransaction t, string username, long now)
    {
        var count = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reports WHERE reporter = @username AND created_at > @since",
            new { username, since = now - 3_600_000 }, t);
        if (count >= options.Value.ReportsPerHour) throw new LimitExceededException("meldingen");
    }
}
