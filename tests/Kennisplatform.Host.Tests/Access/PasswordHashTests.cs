using Kennisplatform.Host.Access;

namespace Kennisplatform.Host.Tests.Access;

public class PasswordHashTests
{
    [Fact]
    public void A_hash_verifies_its_own_password_only()
    {
        var stored = PasswordHash.Create("juist-wachtwoord", 1000);
        Assert.Equal(1000, PasswordHash.Iterations(stored));
        Assert.True(PasswordHash.Verify("juist-wachtwoord", stored));
        Assert.False(PasswordHash.Verify("ander-wachtwoord", stored));
    }

    [Fact]
    public void A_decoy_takes_the_iterations_asked_and_matches_no_password()
    {
        var decoy = PasswordHash.Decoy(5000);
        Assert.Equal(5000, PasswordHash.Iterations(decoy));
        Assert.NotEqual(decoy, PasswordHash.Decoy(5000));
        foreach (var password in new[] { "", "decoy", "wachtwoord" }) Assert.False(PasswordHash.Verify(password, decoy));
    }
}
