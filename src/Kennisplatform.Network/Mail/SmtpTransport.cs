using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Kennisplatform.Network.Mail;

/// <summary>Sends through an SMTP server with MailKit (STARTTLS when the server offers it).</summary>
public sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken cancel = default)
    {
        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("Netwerk:Mail:SmtpHost is not set"), options.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancel);
        if (!string.IsNullOrEmpty(options.SmtpUser)) await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", cancel);
        await client.SendAsync(message, cancel);
        await client.DisconnectAsync(true, cancel);
    }
}
