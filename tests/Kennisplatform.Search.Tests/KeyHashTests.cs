using System.Security.Cryptography;
using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public class KeyHashTests
{
    private sealed record Page(string Title, string Body, IReadOnlyDictionary<string, string> Labels);

    private static string Key(object value)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        KeyHash.Append(hash, value);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static readonly string Body = string.Concat(Enumerable.Repeat("<p>Het pand werd gesloten na een Bibob-toets.</p>\n", 200));

    [Fact]
    public void One_character_changed_anywhere_in_a_long_text_changes_the_key()
    {
        var page = new Page("Vastgoed", Body, new Dictionary<string, string> { ["thema"] = "Vastgoed" });
        Assert.Equal(Key(page), Key(page with { Body = new string(Body.ToCharArray()) }));
        Assert.NotEqual(Key(page), Key(page with { Body = Body[..5000] + "x" + Body[5001..] }));
        Assert.NotEqual(Key(page), Key(page with { Body = Body + " " }));
        Assert.NotEqual(Key(page), Key(page with { Labels = new Dictionary<string, string> { ["thema"] = "Zorg" } }));
    }

    [Fact]
    public void A_long_text_never_has_the_key_of_a_short_text_holding_its_digest()
    {
        var digest = Convert.ToBase64String(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Body.AsSpan())));
        var labels = new Dictionary<string, string>();
        Assert.NotEqual(Key(new Page("Vastgoed", Body, labels)), Key(new Page("Vastgoed", digest, labels)));
    }
}
