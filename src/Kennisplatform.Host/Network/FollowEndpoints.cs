using Kennisplatform.Host.Network.Pages;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;

namespace Kennisplatform.Host.Network;

/// <summary>Following themes: an e-mail per new question, or one daily digest.</summary>
public static class FollowEndpoints
{
    /// <summary><c>GET …/volgen/</c>: the themes followed.</summary>
    public static async Task<IResult> FormAsync(HttpContext http, FollowStore follows, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages)
    {
        var current = await follows.OfUserAsync(NetworkMember.Of(http.User).Username);
        return await PageAsync(http, pages, taxonomies.For(lease), current.Select(f => f.Theme).ToList(), current.Any(f => f.Digest), null, null);
    }

    /// <summary><c>POST …/volgen/</c>: replaces the themes followed.</summary>
    public static async Task<IResult> SaveAsync(HttpContext http, FollowStore follows, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages, NetworkAudit audit)
    {
        var member = NetworkMember.Of(http.User);
        var taxonomy = taxonomies.For(lease);
        var f = new FormReader(await http.Request.ReadFormAsync());
        var themes = f.All("themas");
        var digest = f.Checked("samenvatting");
        var errors = new FieldErrors().Choices("themas", themes, taxonomy.Themes, "thema", required: false, max: 50);
        if (!errors.IsEmpty) return await PageAsync(http, pages, taxonomy, themes, digest, errors["themas"], null, StatusCodes.Status422UnprocessableEntity);
        await follows.SetAsync(member.Username, themes, digest);
        audit.Write(member, "thema's volgen", ItemKind.Profile, null, $"{themes.Count} thema's");
        return await PageAsync(http, pages, taxonomy, themes, digest, null,
            themes.Count == 0 ? "U volgt geen thema's meer." : $"Opgeslagen: u volgt {themes.Count} thema's{(digest ? ", in één dagelijkse e-mail" : "")}.");
    }

    private static Task<IResult> PageAsync(HttpContext http, NetworkPages pages, Taxonomy taxonomy, IReadOnlyList<string> themes, bool digest, string? error, string? notice,
        int status = StatusCodes.Status200OK) =>
        pages.RenderAsync<NetworkFormPage>(new NetworkFormModel(NetworkPages.Frame("Thema's volgen", NetworkPaths.Follow), "Thema's volgen",
            notice ?? "Krijg een e-mail wanneer iemand een vraag stelt over een thema dat u volgt. De e-mail gaat naar het adres in uw profiel.",
            NetworkPaths.Follow, "Opslaan", pages.Token(http),
            [
                new FormField("themas", "Thema's", FieldType.Checkboxes, Values: themes, Options: [.. taxonomy.Themes], Error: error),
                new FormField("samenvatting", "Liever één e-mail per dag met alle nieuwe vragen", FieldType.Checkbox, digest ? "ja" : null),
            ], new Dictionary<string, string>()), status);
}
