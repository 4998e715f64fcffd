using Kennisplatform.Network.Mail;
using Kennisplatform.Network.Storage;

namespace Kennisplatform.Host.Network;

/// <summary>
/// Sends the daily digests once a day at 07:00 UTC. Behind several hosts each may try; the queue is drained in
/// transactions, so a question is mailed once.
/// </summary>
public sealed class DigestService(NetworkMail mail, NetworkSchema schema, TimeProvider time, ILogger<DigestService> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(7), TimeSpan.Zero);
            if (next <= now) next = next.AddDays(1);
            try
            {
                await Task.Delay(next - now, time, stopping);
                await schema.EnsureAsync();
                var sent = await mail.SendDigestsAsync();
                log.LogInformation("Sent {Count} daily digests", sent);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is NetworkUnavailableException or IOException or System.Net.Sockets.SocketException)
            {
                log.LogWarning(e, "Daily digests not sent; trying again tomorrow");
            }
        }
    }
}
