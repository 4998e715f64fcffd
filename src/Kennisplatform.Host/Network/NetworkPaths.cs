using Kennisplatform.Contracts;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Host.Network;

/// <summary>The URLs of the network, under <see cref="SitePaths.Directory"/>.</summary>
public static class NetworkPaths
{
    /// <summary>Finding colleagues: the network's start page.</summary>
    public const string Root = SitePaths.Directory;

    /// <summary>Running projects.</summary>
    public const string Projects = Root + "projecten/";

    /// <summary>Registering a project.</summary>
    public const string NewProject = Projects + "nieuw/";

    /// <summary>Questions to the network.</summary>
    public const string Questions = Root + "vragen/";

    /// <summary>Asking a question.</summary>
    public const string NewQuestion = Questions + "nieuw/";

    /// <summary>The signed-in user's own profile (form).</summary>
    public const string MyProfile = Root + "mijn-profiel/";

    /// <summary>Download of everything stored about the user.</summary>
    public const string Export = MyProfile + "gegevens.json";

    /// <summary>Deleting the profile and everything the user wrote.</summary>
    public const string Erase = MyProfile + "verwijderen/";

    /// <summary>Themes followed by e-mail.</summary>
    public const string Follow = Root + "volgen/";

    /// <summary>Reporting an item.</summary>
    public const string Report = Root + "melden/";

    /// <summary>The moderators' queue.</summary>
    public const string Moderation = Root + "moderatie/";

    /// <summary>A profile.</summary>
    public static string Profile(long id) => $"{Root}profielen/{id}/";

    /// <summary>The contact form for a profile.</summary>
    public static string Contact(long id) => $"{Root}profielen/{id}/contact/";

    /// <summary>A project.</summary>
    public static string Project(long id) => $"{Projects}{id}/";

    /// <summary>The form to update a project.</summary>
    public static string EditProject(long id) => $"{Projects}{id}/bewerken/";

    /// <summary>A question.</summary>
    public static string Question(long id) => $"{Questions}{id}/";

    /// <summary>Where an answer is posted.</summary>
    public static string Answers(long id) => $"{Questions}{id}/antwoorden/";

    /// <summary>Where the asker marks the helpful answer.</summary>
    public static string Helpful(long id) => $"{Questions}{id}/nuttig/";

    /// <summary>The page of a reported item (an answer's is its question's; its number is resolved there).</summary>
    public static string Item(string kind, long id) => kind switch
    {
        ItemKind.Profile => Profile(id),
        ItemKind.Project => Project(id),
        ItemKind.Question => Question(id),
        _ => $"{Questions}antwoord/{id}/",
    };
}
