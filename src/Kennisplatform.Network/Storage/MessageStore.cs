using Dapper;

namespace Kennisplatform.Network.Storage;

/// <summary>Messages sent through the platform: kept for the sender's and recipient's export, and for the hourly limit.</summary>
public sealed class MessageStore(NetworkDatabase database, WriteLimits limits, TimeProvider time)
{
    /// <summary>
    /// Records a message within the sender's limit; <paramref name="deliver"/> runs inside the same transaction, so a
    /// message that could not be handed to the mail server is not recorded either.
    /// </summary>
    public Task RecordAsync(string sender, string recipient, string subject, string body, Func<Task> deliver) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        await limits.CheckMessagesAsync(c, t, sender, now);
        await c.ExecuteAsync("INSERT INTO messages (sender, recipient, subject, body, sent_at) VALUES (@sender, @recipient, @subject, @body, @now)",
            new { sender, recipient, subject, body, now }, t);
        await deliver();
        return true;
    });
}
