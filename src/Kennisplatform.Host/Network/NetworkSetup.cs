using Kennisplatform.Host.Access;
using Kennisplatform.Network;
using Kennisplatform.Network.Mail;
using Kennisplatform.Network.Storage;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Network;

/// <summary>Registers the network's services and maps its routes under <see cref="NetworkPaths.Root"/>.</summary>
public static class NetworkSetup
{
    /// <summary>Adds the database (SQLite by default, PostgreSQL by connection string), stores, mail and the daily digest.</summary>
    public static void AddNetwork(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var root = builder.Environment.ContentRootPath;
        services.AddOptions<NetworkOptions>().Bind(builder.Configuration.GetSection(NetworkOptions.Section));
        services.AddSingleton(sp => NetworkDatabase.From(sp.GetRequiredService<IOptions<NetworkOptions>>().Value, root));
        services.AddSingleton<NetworkSchema>();
        services.AddSingleton<TextTerms>();
        services.AddSingleton<ItemIndex>();
        services.AddSingleton(new DirectoryCache());
        services.AddSingleton<WriteLimits>();
        services.AddSingleton<ProfileStore>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<QuestionStore>();
        services.AddSingleton<MessageStore>();
        services.AddSingleton<FollowStore>();
        services.AddSingleton<ModerationStore>();
        services.AddSingleton<PersonalDataStore>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<NetworkOptions>>().Value.Mail;
            return string.IsNullOrWhiteSpace(mail.SmtpHost) ? new PickupFolderTransport(Path.Combine(root, mail.PickupFolder)) : new SmtpTransport(mail);
        });
        services.AddSingleton<NetworkMail>();
        services.AddSingleton<NetworkPages>();
        services.AddSingleton<NetworkAudit>();
        services.AddSingleton<TaxonomySource>();
        services.AddSingleton<NetworkSiteSearch>();
        services.AddHostedService<DigestService>();
    }

    /// <summary>The network's routes: all for covenant partners only, each through <see cref="NetworkGuard"/>.</summary>
    public static void MapNetwork(this IEndpointRouteBuilder app)
    {
        var network = app.MapGroup(NetworkPaths.Root.TrimEnd('/')).RequireAuthorization(PlatformClaims.CovenantPolicy).AddEndpointFilter(NetworkGuard.InvokeAsync);
        network.MapGet("/", ProfileEndpoints.DirectoryAsync);
        network.MapGet("/profielen/{id:long}", ProfileEndpoints.ViewAsync);
        network.MapGet("/profielen/{id:long}/contact", ContactEndpoints.FormAsync);
        network.MapPost("/profielen/{id:long}/contact", ContactEndpoints.SendAsync);
        network.MapGet("/mijn-profiel", ProfileEndpoints.FormAsync);
        network.MapPost("/mijn-profiel", ProfileEndpoints.SaveAsync);
        network.MapGet("/mijn-profiel/gegevens.json", ProfileEndpoints.ExportAsync);
        network.MapGet("/mijn-profiel/verwijderen", ProfileEndpoints.EraseFormAsync);
        network.MapPost("/mijn-profiel/verwijderen", ProfileEndpoints.EraseAsync);
        network.MapGet("/projecten", ProjectEndpoints.ListAsync);
        network.MapGet("/projecten/nieuw", ProjectEndpoints.NewFormAsync);
        network.MapPost("/projecten/nieuw", (HttpContext http, ProjectStore projects, TaxonomySource taxonomies, SiteLease lease, NetworkPages pages, NetworkAudit audit) =>
            ProjectEndpoints.SaveAsync(null, http, projects, taxonomies, lease, pages, audit));
        network.MapGet("/projecten/{id:long}", ProjectEndpoints.ViewAsync);
        network.MapGet("/projecten/{id:long}/bewerken", ProjectEndpoints.EditFormAsync);
        network.MapPost("/projecten/{id:long}/bewerken", ProjectEndpoints.SaveAsync);
        network.MapGet("/vragen", QuestionEndpoints.ListAsync);
        network.MapGet("/vragen/nieuw", QuestionEndpoints.NewFormAsync);
        network.MapPost("/vragen/nieuw", QuestionEndpoints.AskAsync);
        network.MapGet("/vragen/{id:long}", QuestionEndpoints.ViewAsync);
        network.MapGet("/vragen/antwoord/{id:long}", QuestionEndpoints.AnswerLinkAsync);
        network.MapPost("/vragen/{id:long}/antwoorden", QuestionEndpoints.AnswerAsync);
        network.MapPost("/vragen/{id:long}/nuttig", QuestionEndpoints.HelpfulAsync);
        network.MapGet("/volgen", FollowEndpoints.FormAsync);
        network.MapPost("/volgen", FollowEndpoints.SaveAsync);
        network.MapPost("/melden", ModerationEndpoints.ReportAsync);
        network.MapGet("/moderatie", ModerationEndpoints.QueueAsync);
        network.MapPost("/moderatie", ModerationEndpoints.DecideAsync);
    }
}
