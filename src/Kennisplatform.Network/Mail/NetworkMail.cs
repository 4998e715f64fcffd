using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kennisplatform.Network.Mail;

/// <summary>
/// The e-mails of the network: a colleague's message, a question on a followed theme (at once or in the daily
/// digest) and an answer to one's question. Recipients' addresses go only into the envelope, never into a page.
/// </summary>
public sealed class NetworkMail(IMailTransport transport, IOptions<NetworkOptions> options, ProfileStore profiles, MessageStore messages,
    FollowStore follows, QuestionStore questions, ILogger<NetworkMail> log)
{
    private MailOptions Settings => options.Value.Mail;

    /// <summary>
    /// Sends a message from <paramref name="sender"/> to the owner of <paramref name="recipient"/> and records it;
    /// false when the recipient has no address to deliver to.
    /// </summary>
    public async Task<bool> ContactAsync(Member sender, Profile recipient, string subject, string body)
    {
        if (string.IsNullOrWhiteSpace(recipient.Email)) return false;
        var senderProfile = await profiles.FindByUserAsync(sender.Username);
        var message = Compose(recipient.Name, recipient.Email, $"Bericht via het netwerk: {subject}",
            $"{sender.Name} ({sender.Organisation}) stuurt u via het Kennisplatform Ondermijning dit bericht:\n\n{body}\n\n" +
            (senderProfile is null ? "" : $"Profiel van de afzender: {Link($"/besloten/netwerk/profielen/{senderProfile.Id}/")}\n") +
            "Uw e-mailadres is niet aan de afzender getoond. Antwoordt u op deze e-mail, dan ziet de afzender uw adres.");
        // The sender chose to show their address: then a reply reaches them directly.
        if (senderProfile is { ShowEmail: true, Email: { Length: > 0 } own }) message.ReplyTo.Add(new MailboxAddress(sender.Name, own));
        await messages.RecordAsync(sender.Username, recipient.Username, subject, body, () => transport.SendAsync(message));
        return true;
    }

    /// <summary>Tells the followers of a new question's themes: at once, or queued for their digest.</summary>
    public async Task QuestionAskedAsync(Question question, Taxonomy taxonomy)
    {
        var followers = await follows.FollowersOfAsync(question);
        var direct = followers.Where(f => !f.Digest).Select(f => f.Username).ToList();
        foreach (var profile in (await profiles.FindByUsersAsync(direct)).Values)
        {
            if (string.IsNullOrWhiteSpace(profile.Email)) continue;
            await TrySendAsync(Compose(profile.Name, profile.Email, $"Nieuwe vraag in het netwerk: {question.Title}",
                $"Er is een vraag gesteld over {string.Join(", ", question.Themes.Select(taxonomy.ThemeTitle))}:\n\n{question.Title}\n\n" +
                $"Lees en beantwoord de vraag: {Link($"/besloten/netwerk/vragen/{question.Id}/")}\n\n" + Unfollow()));
        }
    }

    /// <summary>Tells the asker that their question was answered.</summary>
    public async Task AnsweredAsync(Question question, Member answerer)
    {
        if (question.Author is null || question.Author == answerer.Username) return;
        if (await profiles.FindByUserAsync(question.Author) is not { Email.Length: > 0 } asker) return;
        await TrySendAsync(Compose(asker.Name, asker.Email!, $"Antwoord op uw vraag: {question.Title}",
            $"{answerer.Name} ({answerer.Organisation}) heeft uw vraag beantwoord.\n\n" +
            $"Lees het antwoord en markeer het als het u heeft geholpen: {Link($"/besloten/netwerk/vragen/{question.Id}/")}"));
    }

    /// <summary>Sends every waiting daily digest; returns how many were sent.</summary>
    public Task<int> SendDigestsAsync() => follows.DrainDigestsAsync(async (username, ids) =>
    {
        if (await profiles.FindByUserAsync(username) is not { Email.Length: > 0 } profile) return;
        var lines = new List<string>();
        foreach (var id in ids)
        {
            if (await questions.FindAsync(id) is { Hidden: null } q) lines.Add($"- {q.Title}\n  {Link($"/besloten/netwerk/vragen/{q.Id}/")}");
        }
        if (lines.Count == 0) return;
        await transport.SendAsync(Compose(profile.Name, profile.Email!, $"Nieuwe vragen in het netwerk ({lines.Count})",
            "Nieuwe vragen over de thema's die u volgt:\n\n" + string.Join("\n", lines) + "\n\n" + Unfollow()));
    });

    private MimeMessage Compose(string name, string address, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Kennisplatform Ondermijning – netwerk", Settings.From));
        message.To.Add(new MailboxAddress(name, address));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    // A notification that cannot be sent must not undo the question or answer that caused it.
    private async Task TrySendAsync(MimeMessage message)
    {
        try
        {
            await transport.SendAsync(message);
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or System.Net.Sockets.SocketException)
        {
            log.LogWarning(e, "Could not send the notification \"{Subject}\"", message.Subject);
        }
    }

    private string Link(string path) => Settings.SiteUrl.TrimEnd('/') + path;

    private string Unfollow() => $"U krijgt deze e-mail omdat u thema's volgt. Wijzigen: {Link("/besloten/netwerk/volgen/")}";
}
