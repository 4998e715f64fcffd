using Kennisplatform.Network;
using Kennisplatform.Network.Mail;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Network.Tests;

/// <summary>The network's stores over one migrated database, with mail going to a folder of .eml files.</summary>
public sealed class StoreSet : IDisposable
{
    private readonly TextTerms _terms = new();
    private readonly TempFolder _mail = new();

    public StoreSet(NetworkDatabase database, NetworkOptions? options = null)
    {
        Database = database;
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new NetworkOptions { PostsPerHour = 1000, MessagesPerHour = 1000 });
        var index = new ItemIndex(_terms);
        var limits = new WriteLimits(Options);
        Profiles = new ProfileStore(database, index, Cache, TimeProvider.System);
        Projects = new ProjectStore(database, index, Cache, limits, TimeProvider.System);
        Questions = new QuestionStore(database, index, limits, TimeProvider.System);
        Messages = new MessageStore(database, limits, TimeProvider.System);
        Follows = new FollowStore(database, TimeProvider.System);
        Moderation = new ModerationStore(database, limits, TimeProvider.System);
        PersonalData = new PersonalDataStore(database, Profiles, Projects);
        Transport = new PickupFolderTransport(_mail.Path);
        Mail = new NetworkMail(Transport, Options, Profiles, Messages, Follows, Questions, NullLogger<NetworkMail>.Instance);
    }

    public NetworkDatabase Database { get; }
    public DirectoryCache Cache { get; } = new();
    public IOptions<NetworkOptions> Options { get; }
    public ProfileStore Profiles { get; }
    public ProjectStore Projects { get; }
    public QuestionStore Questions { get; }
    public MessageStore Messages { get; }
    public FollowStore Follows { get; }
    public ModerationStore Moderation { get; }
    public PersonalDataStore PersonalData { get; }
    public PickupFolderTransport Transport { get; }
    public NetworkMail Mail { get; }

    /// <summary>A small taxonomy like the site's.</summary>
    public static Taxonomy Taxonomy { get; } = new(
        new Dictionary<string, string> { ["vastgoed"] = "Vastgoed", ["drugscriminaliteit"] = "Drugscriminaliteit", ["horeca"] = "Horeca" },
        new Dictionary<string, string> { ["limburg"] = "RIEC Limburg", ["rotterdam"] = "RIEC Rotterdam", ["noord-nederland"] = "RIEC Noord-Nederland" });

    public void Dispose()
    {
        _terms.Dispose();
        _mail.Dispose();
    }
}
