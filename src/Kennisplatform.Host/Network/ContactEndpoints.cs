using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Network.Mail;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>"Neem contact op": a message through the platform; the recipient's address is never shown to the sender.</summary>
public static class ContactEndpoints
{
    /// <summary><c>GET …/profielen/{id}/contact/</c>: the form.</summary>
    public static async Task<IResult> FormAsync(long id, HttpContext http, ProfileStore profiles, NetworkPages pages)
    {
        var profile = await profiles.FindAsync(id);
        if (profile is not { Hidden: null }) return await pages.NotFoundAsync();
        return await FormPageAsync(http, pages, profile, "", "", new FieldErrors(), null);
    }

    /// <summary><c>POST …/profielen/{id}/contact/</c>: sends the message by e-mail and records it.</summary>
    public static async Task<IResult> SendAsync(long id, HttpContext http, ProfileStore profiles, NetworkMail mail, NetworkPages pages, NetworkAudit audit, ILogger<NetworkMail> log)
    {
        var member = NetworkMember.Of(http.User);
        var profile = await profiles.FindAsync(id);
        if (profile is not { Hidden: null }) return await pages.NotFoundAsync();
        var f = new FormReader(await http.Request.ReadFormAsync());
        var subject = f.Text("onderwerp");
        var body = f.Text("tekst");
        var errors = new FieldErrors().Text("onderwerp", subject, "een onderwerp", 150).Text("tekst", body, "uw bericht", 4000);
        if (!errors.IsEmpty)
        {
            audit.Write(member, "bericht sturen", ItemKind.Profile, id, "invoer afgewezen");
            return await FormPageAsync(http, pages, profile, subject, body, errors, "Het bericht is niet verstuurd: verbeter de velden met een melding.", StatusCodes.Status422UnprocessableEntity);
        }
        bool sent;
        try
        {
            sent = await mail.ContactAsync(member, profile, subject.Trim(), body.Trim());
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException)
        {
            log.LogError(e, "Could not send a message");
            audit.Write(member, "bericht sturen", ItemKind.Profile, id, "niet verzonden");
            return await FormPageAsync(http, pages, profile, subject, body, new FieldErrors(), "Het bericht kon nu niet worden verstuurd en is niet bewaard. Uw tekst staat er nog; probeer het later opnieuw.",
                StatusCodes.Status503ServiceUnavailable);
        }
        audit.Write(member, "bericht sturen", ItemKind.Profile, id, sent ? "verzonden" : "geen adres");
        return sent
            ? await pages.MessageAsync("Bericht verstuurd", $"Uw bericht is per e-mail naar {profile.Name} gestuurd. Antwoordt {profile.Name}, dan komt dat in uw eigen e-mail.",
                StatusCodes.Status200OK, new Link($"Terug naar {profile.Name}", NetworkPaths.Profile(id)))
            : await pages.MessageAsync("Niet bereikbaar via het platform", $"{profile.Name} heeft geen e-mailadres opgegeven voor berichten. Er is niets verstuurd.",
                StatusCodes.Status409Conflict, new Link($"Terug naar {profile.Name}", NetworkPaths.Profile(id)));
    }

    private static Task<IResult> FormPageAsync(HttpContext http, NetworkPages pages, Profile profile, string subject, string body, FieldErrors errors, string? alert,
        int status = StatusCodes.Status200OK) =>
        pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame($"Contact met {profile.Name}", NetworkPaths.Contact(profile.Id)),
            $"Neem contact op met {profile.Name}",
            $"Uw bericht gaat per e-mail naar {profile.Name} ({profile.Organisation}), met uw naam, organisatie en een link naar uw profiel. Het e-mailadres van {profile.Name} ziet u niet.",
            NetworkPaths.Contact(profile.Id), "Bericht versturen", pages.Token(http),
            [
                new FormField("onderwerp", "Onderwerp", FieldType.Text, subject, Error: errors["onderwerp"], Required: true, MaxLength: 150),
                new FormField("tekst", "Bericht", FieldType.TextArea, body, Error: errors["tekst"], Required: true, MaxLength: 4000),
            ], new Dictionary<string, string>(), alert), status);
}
