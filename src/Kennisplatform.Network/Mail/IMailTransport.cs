using MimeKit;

namespace Kennisplatform.Network.Mail;

/// <summary>Hands a message to the outside world: an SMTP server, or a folder of <c>.eml</c> files.</summary>
public interface IMailTransport
{
    /// <summary>Sends the message; throws when it could not be handed over.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancel = default);
}
