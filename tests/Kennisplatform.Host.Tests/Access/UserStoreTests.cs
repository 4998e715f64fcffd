using System.Text.Json;
using Kennisplatform.Host.Access;
using Kennisplatform.Testing;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Tests.Access;

public class UserStoreTests
{
    [Fact]
    public void An_unknown_name_costs_as_much_hashing_as_the_costliest_stored_password()
    {
        using var temp = new TempFolder();
        var users = new[]
        {
            new PlatformUser("a", "A", "Politie", "r", PasswordHash.Create("x", 1000)),
            new PlatformUser("b", "B", "Politie", "r", PasswordHash.Create("y", 5000)),
        };
        File.WriteAllText(temp["gebruikers.json"], JsonSerializer.Serialize(users));

        var store = new UserStore(Options.Create(new AccessOptions { UsersFile = temp["gebruikers.json"] }));

        Assert.Equal(5000, store.UnknownNameIterations);
        Assert.Null(store.Verify("onbekend", "x"));
        Assert.NotNull(store.Verify("B", "y"));
    }

    [Fact]
    public void Without_users_an_unknown_name_costs_the_default_iterations() =>
        Assert.Equal(PasswordHash.DefaultIterations, new UserStore(Options.Create(new AccessOptions())).UnknownNameIterations);
}
