using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>A user of the embedded store.</summary>
public sealed record PlatformUser(string Username, string Name, string Organisation, string Role, string Password);

/// <summary>The embedded user store (a JSON file of users with password hashes), for local use and tests.</summary>
public sealed class UserStore
{
    // Checked when a user name is unknown, so that a wrong name takes as long as a wrong password: as many iterations
    // as the costliest stored hash (timing must not tell which names exist).
    private readonly string _decoy;
    private readonly Dictionary<string, PlatformUser> _users;

    /// <summary>Reads the users file named in the options; no file means no users.</summary>
    public UserStore(IOptions<AccessOptions> options)
    {
        var file = options.Value.UsersFile;
        var users = !string.IsNullOrEmpty(file) && File.Exists(file)
            ? JsonSerializer.Deserialize<List<PlatformUser>>(File.ReadAllText(file), new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? []
            : [];
        _users = users.ToDictionary(u => u.Username.Trim().ToLowerInvariant());
        UnknownNameIterations = users.Select(u => PasswordHash.Iterations(u.Password)).DefaultIfEmpty(PasswordHash.DefaultIterations).Max();
        _decoy = PasswordHash.Decoy(UnknownNameIterations);
    }

    /// <summary>The hashing work spent on an unknown user name: that of the costliest stored hash.</summary>
    public int UnknownNameIterations { get; }

    /// <summary>The user of that name (any case, no password asked), or null when the file has none.</summary>
    public PlatformUser? Find(string username) => _users.GetValueOrDefault(username.Trim().ToLowerInvariant());

    /// <summary>The user when name and password match, otherwise null.</summary>
    public PlatformUser? Verify(string username, string password)
    {
        var found = Find(username);
        var matches = PasswordHash.Verify(password, found?.Password ?? _decoy);
        return found is not null && matches ? found : null;
    }
}
