using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>Reporting by everyone; hiding and restoring by users with the role <c>moderator</c>.</summary>
public static class ModerationEndpoints
{
    /// <summary><c>POST …/melden/</c>: files a report.</summary>
    public static async Task<IResult> ReportAsync(HttpContext http, ModerationStore moderation, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var kind = f.Text("soort");
        var id = f.Long("id");
        var reason = f.Text("reden").Trim();
        if (!ItemKind.All.Contains(kind) || id is null) return await pages.NotFoundAsync();
        if (reason.Length is 0 or > 1000)
        {
            return await pages.MessageAsync("Melding niet verstuurd", "Schrijf kort (ten hoogste 1000 tekens) waarom u dit meldt. Er is niets verstuurd.",
                StatusCodes.Status422UnprocessableEntity, new Link("Terug", NetworkPaths.Item(kind, id.Value)));
        }
        var filed = await moderation.ReportAsync(member.Username, kind, id.Value, reason);
        audit.Write(member, "melden", kind, id, filed ? "gemeld" : "niet gevonden");
        return filed
            ? await pages.MessageAsync("Bedankt voor uw melding", "Een moderator bekijkt het. Wordt het verborgen, dan ziet de auteur waarom.",
                StatusCodes.Status200OK, new Link("Terug", NetworkPaths.Item(kind, id.Value)))
            : await pages.NotFoundAsync();
    }

    /// <summary><c>GET …/moderatie/</c>: open reports (moderators only).</summary>
    public static async Task<IResult> QueueAsync(HttpContext http, ModerationStore moderation, NetworkPages pages) =>
        !NetworkMember.Of(http.User).IsModerator
            ? await ForbiddenAsync(pages)
            : await pages.RenderAsync<ModerationPage>(new ModerationModel(NetworkPages.Frame("Moderatie", NetworkPaths.Moderation),
                await moderation.OpenReportsAsync(), pages.Token(http), null));

    /// <summary><c>POST …/moderatie/</c>: hides with a reason, or restores.</summary>
    public static async Task<IResult> DecideAsync(HttpContext http, ModerationStore moderation, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        if (!member.IsModerator) return await ForbiddenAsync(pages);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var kind = f.Text("soort");
        var id = f.Long("id");
        var hide = f.Text("actie") == "verbergen";
        var reason = f.Text("reden").Trim();
        if (!ItemKind.All.Contains(kind) || id is null) return await pages.NotFoundAsync();
        string notice;
        if (hide && reason.Length is 0 or > 300)
        {
            notice = "Niet verborgen: geef een reden (ten hoogste 300 tekens); de auteur krijgt die te zien.";
        }
        else
        {
            var done = await moderation.SetHiddenAsync(member.Username, kind, id.Value, hide ? reason : null);
            audit.Write(member, hide ? "verbergen" : "herstellen", kind, id, done ? (hide ? $"verborgen: {reason}" : "hersteld") : "niet gevonden");
            notice = done ? (hide ? "Verborgen. De auteur ziet de reden." : "Hersteld en afgehandeld.") : "Dit onderdeel bestaat niet meer.";
        }
        return await pages.RenderAsync<ModerationPage>(new ModerationModel(NetworkPages.Frame("Moderatie", NetworkPaths.Moderation),
            await moderation.OpenReportsAsync(), pages.Token(http), notice));
    }

    private static Task<IResult> ForbiddenAsync(NetworkPages pages) =>
        pages.MessageAsync("Alleen voor moderatoren", "Deze pagina is alleen voor gebruikers met de rol moderator.", StatusCodes.Status403Forbidden);
}
